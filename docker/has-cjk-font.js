// At image build: exit 0 when the built project finds a CJK font without the system's help (one shipped through
// npm), else 1 and the Dockerfile installs Debian's fonts-wqy-microhei (5 MB; fonts-noto-cjk would be 90 MB).
try {
  process.exit(require('../dist/libs/documents/src/fonts').findCjkFont() ? 0 : 1);
} catch {
  process.exit(1);
}
