// Starts the real epilot-emulator binary on a free loopback port and reads its announcement:
// the first stdout line is "listening on http://HOST:PORT", the following lines name the token(s).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import readline from 'node:readline';

const START_TIMEOUT_MS = 20000;

export async function startEmulator(binary, extraArgs = []) {
  if (!binary) throw new Error('usage: give the path of the epilot-emulator binary as first argument');
  if (!fs.existsSync(binary)) throw new Error(`emulator binary not found: ${binary}`);
  const args = ['--host', '127.0.0.1', '--port', '0', ...extraArgs];
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, QT_QPA_PLATFORM: 'offscreen' } });
  // Never leave the emulator behind, even when this script is interrupted or times out.
  const killChild = () => { if (child.exitCode === null) child.kill('SIGKILL'); };
  process.once('exit', killChild);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => { killChild(); process.exit(128 + 2); });
  }
  const stderr = [];
  child.stderr.on('data', (chunk) => {
    stderr.push(chunk.toString());
    if (stderr.length > 200) stderr.shift();
  });
  const lines = readline.createInterface({ input: child.stdout });
  const announced = { baseUrl: null, tokens: [], lines: [] };

  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`emulator did not announce its address within ${START_TIMEOUT_MS} ms; ` +
        `stderr: ${stderr.join('').slice(-2000)}`));
    }, START_TIMEOUT_MS);
    let tokenTimer = null;
    const finish = () => { clearTimeout(timer); resolve(); };
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!announced.baseUrl) {
        reject(new Error(`emulator exited (${code ?? signal}) before listening; ` +
          `stderr: ${stderr.join('').slice(-2000)}`));
      }
    });
    lines.on('line', (line) => {
      announced.lines.push(line);
      if (!announced.baseUrl) {
        const match = /^listening on (http:\/\/\S+?)\/?$/.exec(line.trim());
        if (!match) {
          clearTimeout(timer);
          reject(new Error(`first stdout line is not "listening on http://HOST:PORT": ${line}`));
          return;
        }
        announced.baseUrl = match[1];
        // Token lines follow right away; give them a moment, then go on.
        tokenTimer = setTimeout(finish, 300);
        return;
      }
      const token = parseTokenLine(line);
      if (token) announced.tokens.push(token);
      clearTimeout(tokenTimer);
      tokenTimer = setTimeout(finish, 150);
    });
  });

  return {
    child,
    baseUrl: announced.baseUrl,
    tokens: announced.tokens,
    lines: announced.lines,
    stderrTail: () => stderr.join('').slice(-4000),
    alive: () => child.exitCode === null && child.signalCode === null,
    stop: () => stopChild(child),
  };
}

// "token: abc", "token abc", "Bearer abc" or just "abc": the last word of the line.
function parseTokenLine(line) {
  const words = line.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return words[words.length - 1];
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', (code, signal) => { clearTimeout(killer); resolve({ code, signal }); });
    child.kill('SIGTERM');
  });
}
