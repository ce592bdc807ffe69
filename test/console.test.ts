import { describe, expect, it } from 'vitest';
import { runStart } from './support/run.ts';

describe('local console (npm start without a token)', () => {
  it('says it runs locally, answers commands typed as on Discord with their sources, and exits 0 on /quit', async () => {
    const session = ['/ask qui a signé en premier ?', '/quote multilatéralisme', '/messages', '/signing', '/chronologie', '/help', '/quit', '/ask never reached'].join('\n');
    const run = await runStart({ input: `${session}\n` });
    expect(run.code, run.stderr).toBe(0);
    const [banner, ...rest] = run.stdout.split('\n');
    expect(banner).toMatch(/Mode local .*DISCORD_TOKEN/);
    const out = rest.join('\n');
    expect(out).toContain('Ordre de signature à Hanoï');
    expect(out).toContain('« Cette Convention témoigne du pouvoir du multilatéralisme');
    expect(out).toContain('Les trois messages du président Luong Cuong');
    expect(out).toContain('Image : timeline.png (1200×400)');
    expect(out).toContain("(L'image elle-même s'affiche sur Discord ; pour l'enregistrer : npm run --silent cli -- timeline --out timeline.png)");
    expect(out).toMatch(/\/ask .*\n.*\/quote/s);
    expect(out.match(/^\[1\] .*\n    https:\/\//gm)?.length).toBeGreaterThanOrEqual(4);
    expect(out).not.toContain('never reached');
  });

  it('exits 0 at end of input and survives bad input with clear messages', async () => {
    const bad = ['', '/ask', `/ask ${'a'.repeat(5000)}`, '/ask ?!?!', '/ask 🙂🎉', '/ask \u0007\u0000', '/nope', '/ask Wie spät ist es in Berlin?'].join('\n');
    const run = await runStart({ input: bad });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain("L'option « question » est obligatoire.");
    expect(run.stdout).toMatch(/trop longue : 5\s000 caractères pour une limite de 500/);
    expect(run.stdout).toContain('Question vide');
    expect(run.stdout).toContain('Commande inconnue');
    expect(run.stdout).toMatch(/Je ne peux pas répondre|I can't answer/);
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('takes the reader’s language from --lang or /lang, as Discord takes the locale', async () => {
    const run = await runStart({ args: ['--lang', 'en'], input: ['Guterres', '/lang fr', 'Guterres', 'entry into force', '/lang de', '/ask'].join('\n') });
    expect(run.code, run.stderr).toBe(0);
    const [banner, ...replies] = run.stdout.split(/\n\n(?=\S)/);
    expect(banner).toMatch(/^Running locally/);
    expect(replies.join('\n')).toMatch(/António Guterres's remarks[\s\S]*Langue du lecteur : fr\.[\s\S]*Le discours d'António Guterres[\s\S]*Entry into force[\s\S]*Usage : \/lang fr, \/lang en ou \/lang vi[\s\S]*L'option « question » est obligatoire/);
  });

  it('refuses an unknown --lang in one line', async () => {
    const run = await runStart({ args: ['--lang', 'de'] });
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('--lang vaut fr, en ou vi (reçu : "de")');
  });
});
