export { hashPassword, verifyPassword, DUMMY_HASH } from '@jixiao/organisation';
