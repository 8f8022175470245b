// Entry point of dist/web/index.html: the workbench with its analysis in a Web Worker.
import { startApp } from './app.mjs';
import { workerEngine } from './engine.mjs';

startApp(workerEngine(new URL('./worker.mjs', import.meta.url)));
