// A real nginx (the Debian package) serving the production build through deploy/nginx.conf, as an
// intranet server would: under /nianbao/, plain HTTP or HTTPS with a self-signed certificate. It
// runs from a private temporary directory (its own config, pid file and temp paths; no system
// service) as an unprivileged process: when the tests run as root, setpriv drops nginx to nobody.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const INTRANET_HOST = 'nianbao.intranet';
export const SUB_PATH = '/nianbao/';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NGINX_CANDIDATES = ['/usr/sbin/nginx', '/usr/bin/nginx'];

export const nginxBinary = (): string | null => NGINX_CANDIDATES.find((p) => existsSync(p)) ?? null;

export type NginxServer = {
  /** e.g. http://nianbao.intranet:40123/nianbao/ (the host name resolves only inside the test browser) */
  appUrl: string;
  port: number;
  /** PEM certificate of the HTTPS server (to be trusted by the browser), null over HTTP */
  certificate: string | null;
  stop(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? res(address.port) : rej(new Error('no port'))));
    });
  });
}

/** deploy/nginx.conf with its `root` pointed at the test's copy of dist/ (the only line changed). */
export function siteConfig(webRoot: string): string {
  const text = readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8');
  const changed = text.replace(/^(\s*)root \/var\/www;$/m, `$1root ${webRoot};`);
  if (changed === text) throw new Error('deploy/nginx.conf: the line `root /var/www;` was not found');
  return changed;
}

function selfSignedCertificate(dir: string): { cert: string; key: string } {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${INTRANET_HOST}`,
      '-addext',
      `subjectAltName=DNS:${INTRANET_HOST}`,
      '-addext',
      'basicConstraints=critical,CA:FALSE',
      '-addext',
      'extendedKeyUsage=serverAuth',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'pipe' },
  );
  return { cert, key };
}

/** uid/gid of `nobody` (root drops nginx to it), from the passwd database. */
function nobodyIds(): { uid: number; gid: number } {
  const [, , uid, gid] = execFileSync('getent', ['passwd', 'nobody']).toString().trim().split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function chownTree(path: string, uid: number, gid: number): void {
  execFileSync('chown', ['-R', `${uid}:${gid}`, path]);
}

/** nginx listens only once its configuration loaded, so a TCP connect says it is ready. */
function listening(port: number): Promise<boolean> {
  return new Promise((res) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      res(true);
    });
    socket.once('error', () => res(false));
  });
}

export async function startNginx(options: { https: boolean; dist?: string }): Promise<NginxServer> {
  const binary = nginxBinary();
  if (!binary) throw new Error('nginx is not installed (apt-get install nginx)');
  const dist = options.dist ?? join(ROOT, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} holds no build (npm run build)`);

  const dir = mkdtempSync(join(tmpdir(), 'nianbao-nginx-'));
  chmodSync(dir, 0o755);
  // A copy, not a link: the unprivileged worker may not be allowed into the checkout (e.g. /root/…).
  cpSync(dist, join(dir, 'www', SUB_PATH.replaceAll('/', '')), { recursive: true });
  writeFileSync(join(dir, 'site.conf'), siteConfig(join(dir, 'www')));
  const tls = options.https ? selfSignedCertificate(dir) : null;
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${join(dir, 'nginx.pid')};`,
      'error_log stderr warn;',
      'events { worker_connections 256; }',
      'http {',
      '  include /etc/nginx/mime.types;',
      '  default_type application/octet-stream;',
      '  access_log off;',
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`),
      '  server {',
      `    listen 127.0.0.1:${port}${tls ? ' ssl' : ''};`,
      `    server_name ${INTRANET_HOST};`,
      ...(tls ? [`    ssl_certificate ${tls.cert};`, `    ssl_certificate_key ${tls.key};`] : []),
      `    include ${join(dir, 'site.conf')};`,
      '  }',
      '}',
    ].join('\n'),
  );

  const args = ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'];
  let child: ChildProcess;
  if (process.getuid?.() === 0) {
    const { uid, gid } = nobodyIds();
    chownTree(dir, uid, gid);
    child = spawn('setpriv', [`--reuid=${uid}`, `--regid=${gid}`, '--clear-groups', binary, ...args], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
  } else {
    child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  }
  let log = '';
  child.stderr?.on('data', (d: Buffer) => {
    log += d.toString();
  });

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((res) => child.once('exit', () => res()));
      // SIGQUIT: nginx's graceful shutdown; its worker exits with it.
      child.kill('SIGQUIT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`nginx exited (${child.exitCode}): ${log.trim()}`);
    }
    if (await listening(port)) {
      const scheme = options.https ? 'https' : 'http';
      return {
        appUrl: `${scheme}://${INTRANET_HOST}:${port}${SUB_PATH}`,
        port,
        certificate: tls ? readFileSync(tls.cert, 'utf8') : null,
        stop,
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx did not listen on port ${port}: ${log.trim()}`);
}
