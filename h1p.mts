import { copyProject } from './scripts/generate-site';
console.log(copyProject());
