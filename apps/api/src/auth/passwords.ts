export { hashPassword, verifyPassword, verifyAtFullCost, DUMMY_HASH } from '@jixiao/organisation';
