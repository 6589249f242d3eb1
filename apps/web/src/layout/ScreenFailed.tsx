import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

/**
 * A screen that fails to load or to draw shows this instead of an empty page. Most often its code was replaced by an
 * update while the page was open: reloading fetches the new one. A new `resetKey` (the path) tries again.
 */
export class ScreenFailed extends Component<{ resetKey: string; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidUpdate(previous: { resetKey: string }): void {
    if (this.state.failed && previous.resetKey !== this.props.resetKey) this.setState({ failed: false });
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result status="error" title="页面加载失败" subTitle="系统可能刚刚更新，请刷新页面后重试；仍然失败时请联系管理员。"
        extra={<Button type="primary" onClick={() => window.location.reload()}>刷新页面</Button>} data-testid="screen-failed" />
    );
  }
}
