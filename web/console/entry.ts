// Entry of web/console.html: the console on its own page (the explorer mounts the same module as a tab).
import { mountConsole } from './mount.ts';

mountConsole(document.querySelector<HTMLElement>('#console')!);
