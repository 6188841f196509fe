// Shared by the browser tests: start `kkori serve` on a free port with a fresh database, count
// checks, launch Debian's headless Chromium, and tear everything down.
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'

export const webDist = new URL('../dist', import.meta.url).pathname

// A fresh temporary folder for the database, screenshots and copied fixtures.
export const tempDir = (name) => mkdtempSync(join(tmpdir(), `kkori-e2e-${name}-`))

// Starts `kkori --content CONTENT --db DIR/k.db --lang en serve --port 0 --web dist EXTRA...` and
// resolves once it prints its URL.
export async function startServer(bin, content, dir, extra = []) {
  const server = spawn(bin, ['--content', content, '--db', join(dir, 'k.db'), '--lang', 'en', 'serve', '--port', '0',
    '--web', webDist, ...extra], { env: { ...process.env, NO_COLOR: '1' } })
  let stderr = ''
  server.stderr.on('data', (d) => (stderr += d))
  const url = await new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out} ${stderr}`)), 20000)
    server.stdout.on('data', (d) => {
      out += d
      const m = out.match(/http:\/\/\S+\//)
      if (m) {
        clearTimeout(timer)
        resolve(m[0])
      }
    })
    server.on('exit', (code) => reject(new Error(`server exited ${code}: ${stderr}`)))
  })
  return { server, url }
}

// check(cond, what) prints ok/FAIL; finish(name) exits 1 when any check failed.
export function checker() {
  let failures = 0
  const check = (cond, what) => {
    if (!cond) {
      failures++
      console.error(`FAIL: ${what}`)
    } else console.log(`ok: ${what}`)
  }
  const finish = (name) => {
    if (failures) {
      console.error(`${failures} failure(s)`)
      process.exit(1)
    }
    console.log(`${name}: all checks passed`)
  }
  return { check, finish }
}

export const launchBrowser = () =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })

export async function shutdown(browser, server, dir) {
  await browser.close()
  server.kill('SIGTERM')
  await new Promise((r) => server.on('exit', r))
  rmSync(dir, { recursive: true, force: true })
}
