// Started by db/embedded.int.test.ts: owns an embedded server until it is killed, like a crashed `npm start`.
import { startEmbeddedPostgres } from '../embedded';

startEmbeddedPostgres({ dataDir: process.argv[2]! }).then((server) => {
  console.log(`READY ${server.url}`);
  setInterval(() => {}, 1 << 30);
});
