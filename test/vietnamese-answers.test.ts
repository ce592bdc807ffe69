// Vietnamese, the third language: what a Vietnamese reader is told, with its
// sources, for every command; a knowledge base missing a Vietnamese text does
// not load; the timeline is drawn in Vietnamese.
import { afterEach, describe, expect, it } from 'vitest';
import { findCommand } from '../commands/index.ts';
import { Bot } from '../src/bot.ts';
import { formatDate, formatWhen } from '../src/answer/i18n.ts';
import { formatLocator } from '../src/answer/locator.ts';
import { renderText } from '../src/answer/render-text.ts';
import type { Reply } from '../src/answer/reply.ts';
import { KnowledgeBaseError, loadKnowledgeBase } from '../src/knowledge/load.ts';
import { composeTimeline } from '../src/timeline/compose.ts';
import { timelineSvg } from '../src/timeline/svg.ts';
import { timelineModel } from '../src/timeline/model.ts';
import { copyKnowledge, type KnowledgeCopy } from './support/knowledge-copy.ts';

const bot = new Bot();
const run = (command: string, options: Record<string, unknown> = {}) => bot.execute(command, options, { lang: 'vi' });

function answer(reply: Reply) {
  if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}: ${reply.title}`);
  return reply;
}

describe('Vietnamese dates and places', () => {
  it('writes dates the Vietnamese way', () => {
    expect(formatDate('2025-10-25', 'vi')).toBe('ngày 25 tháng 10 năm 2025');
    expect(formatWhen({ precision: 'day', from: '2025-10-25', to: '2025-10-26' }, 'vi')).toBe('ngày 25–26 tháng 10 năm 2025');
    expect(formatWhen({ precision: 'month', month: '2024-08' }, 'vi')).toBe('tháng 8 năm 2024');
  });

  it('says where a citation points in Vietnamese words', () => {
    expect(formatLocator({ para: 9 }, 'vi')).toBe('đoạn 9');
    expect(formatLocator({ article: 65, paragraph: 1 }, 'vi')).toBe('Điều 65, khoản 1');
    expect(formatLocator({ part: 'title', caption: true }, 'vi')).toBe('tiêu đề (chú thích ảnh)');
  });
});

describe('every command answers a Vietnamese reader in Vietnamese, with sources', () => {
  it('/ask: a Vietnamese question, with or without diacritics, gets a Vietnamese answer', async () => {
    for (const question of ['Công ước được Đại hội đồng thông qua ngày nào?', 'cong uoc duoc thong qua khi nao']) {
      const reply = answer(await bot.execute('ask', { question }, { lang: 'en' }));
      expect(reply.lang, question).toBe('vi');
      expect(reply.entryIds[0]).toBe('adoption-date');
      expect(reply.body).toBe('Đại hội đồng Liên Hợp Quốc đã thông qua Công ước về chống tội phạm mạng ngày 24 tháng 12 năm 2024.');
      expect(renderText(reply)).toMatch(/Nguồn:\n\[1\] .+ — VTC News .+, ngày 25 tháng 10 năm 2025 — đoạn 25/);
    }
  });

  it('/ask: a French or English question is still answered in its own language', async () => {
    expect((await bot.execute('ask', { question: 'qui a signé en premier ?' }, { lang: 'vi' })).lang).toBe('fr');
    expect((await bot.execute('ask', { question: 'who signed first?' }, { lang: 'vi' })).lang).toBe('en');
  });

  it('/quote: the President in his own Vietnamese words, cited to the Vietnamese press, translated into French as ours', async () => {
    const quote = bot.kb.quotes.find((q) => q.id === 'luong-cuong-multilateralism-vitality');
    expect(quote?.language).toBe('vi');
    const reply = answer(await run('quote', { query: 'id:luong-cuong-multilateralism-vitality' }));
    expect(reply.body).toContain('“Sự kiện này không chỉ đánh dấu sự ra đời của một công cụ pháp lý toàn cầu');
    expect(reply.citations[0]?.publisher).toBe('Báo Thanh Niên');
    const french = answer(await bot.execute('quote', { query: 'id:luong-cuong-multilateralism-vitality' }, { lang: 'fr' }));
    expect(french.body).toContain('Texte original (vietnamien)');
    expect(french.fields.find((f) => f.name === 'Traduction non officielle (la nôtre)')?.value).toContain('vitalité durable du multilatéralisme');
  });

  it('/quote: a quote said in English gets our Vietnamese translation, labelled as ours', async () => {
    const reply = answer(await run('quote', { query: 'id:guterres-sophisticated-scams' }));
    expect(reply.body).toContain('Nguyên văn (tiếng Anh)');
    expect(reply.fields.find((f) => f.name === 'Bản dịch không chính thức (của chúng tôi)')?.value).toMatch(/^“Mỗi ngày, những vụ lừa đảo tinh vi/);
  });

  it('/quote: a translation a Vietnamese source printed is named as that source’s, and cited', async () => {
    const reply = answer(await run('quote', { query: 'id:guterres-human-dignity' }));
    const field = reply.fields.find((f) => f.name === 'Bản dịch do VTC News đăng');
    expect(field?.value).toMatch(/^“Chúng ta hãy cùng xây dựng một không gian mạng tôn trọng phẩm giá và quyền con người.*” \[2\]$/);
    expect(reply.citations[1]?.sourceId).toBe('vtc-vi-opening-overview');
    expect(reply.fields.some((f) => f.name === 'Bản dịch không chính thức (của chúng tôi)')).toBe(false);
  });

  it('/messages: the three messages in order, in Vietnamese, each cited', async () => {
    const reply = answer(await run('messages'));
    expect(reply.title).toBe('Ba thông điệp của Chủ tịch nước Lương Cường');
    expect(reply.items.map((i) => i.title)).toEqual([
      'Không gian mạng có trật tự, an ninh, dựa trên luật pháp quốc tế',
      'Chia sẻ, tình thân hữu và hỗ trợ lẫn nhau',
      'Người dân là trung tâm, không ai bị bỏ lại phía sau',
    ]);
    expect(reply.items.every((i) => i.citations.length > 0)).toBe(true);
  });

  it('/signing: the order the source gives, and what it leaves unknown', async () => {
    const reply = answer(await run('signing'));
    expect(reply.items.map((i) => i.text)).toEqual([
      'Việt Nam (nước chủ nhà) — Bộ trưởng Bộ Công an Lương Tam Quang',
      'Maldives',
      'Algeria',
      'Australia',
    ]);
    expect(reply.fields.find((f) => f.name === 'Điều nguồn không cho biết')?.value).toMatch(/^Nguồn dừng ở đó/);
  });

  it('/signatories: a country named in Vietnamese, answered in Vietnamese with its source', async () => {
    const france = answer(await run('signatories', { country: 'Pháp' }));
    expect(france.entryIds[0]).toBe('signatory-fr');
    expect(france.title).toMatch(/^Pháp — /);
    expect(france.citations.length).toBeGreaterThan(0);
    const china = answer(await run('signatories', { country: 'trung quoc' }));
    expect(china.entryIds[0]).toBe('signatory-cn');
  });

  it('/article: an article in Vietnamese, with the official text', async () => {
    const reply = answer(await run('article', { number: '16' }));
    expect(reply.title).toBe('Điều 16 — Phát tán hình ảnh riêng tư mà không có sự đồng ý');
    expect(reply.fields.map((f) => f.name)).toContain('Văn bản chính thức');
  });

  it('/help: every command, with a Vietnamese description and example', async () => {
    const reply = await run('help');
    expect(reply.title).toBe('Bot Công ước Hà Nội — trợ giúp');
    expect(('fields' in reply ? reply.fields : []).find((f) => f.name === '/ask')?.value).toBe('Đặt câu hỏi về Công ước Hà Nội (câu trả lời có dẫn nguồn)\nVí dụ: `/ask nước nào ký đầu tiên?`');
  });

  it('/briefing preview language:vi: the daily briefing in Vietnamese, every sentence marked with its sources', async () => {
    const reply = answer(await bot.execute('briefing', { subcommand: 'preview', date: '2026-12-01', language: 'vi' }, { lang: 'en' }));
    expect(reply.title).toBe('Điểm tin Công ước Hà Nội — ngày 1 tháng 12 năm 2026');
    const status = reply.fields.find((f) => f.name === '📅 Tình hình hiện nay')?.value ?? '';
    expect(status).toMatch(/Có hiệu lực: vào ngày thứ 90 sau khi văn kiện phê chuẩn thứ 40 được nộp lưu chiểu\. \[\d+(, \d+)*\]/);
    for (const line of status.split('\n')) expect(line).toMatch(/\[\d+(, \d+)*\]$/);
  });

  it('a usage error speaks Vietnamese too', async () => {
    const reply = await bot.execute('nope', {}, { lang: 'vi' });
    expect(reply.title).toBe('Lệnh không tồn tại');
  });
});

describe('command names in Vietnamese', () => {
  it('are accepted by the console with or without their marks', () => {
    expect(findCommand('hỏi')?.name).toBe('ask');
    expect(findCommand('hoi')?.name).toBe('ask');
    expect(findCommand('trích-dẫn')?.name).toBe('quote');
    expect(findCommand('thu-tu-ky')?.name).toBe('signing');
  });
});

describe('the knowledge base in Vietnamese is complete', () => {
  let copy: KnowledgeCopy;
  afterEach(() => copy.remove());

  const problemsOf = (dir: string): string[] => {
    try {
      loadKnowledgeBase(dir);
      return [];
    } catch (error) {
      if (error instanceof KnowledgeBaseError) return error.message.split('\n').slice(1).map((l) => l.trim());
      throw error;
    }
  };

  it('fails on a fact without its Vietnamese text, naming the entry and the field', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace(/\n  vi: "Đại hội đồng Liên Hợp Quốc đã thông qua Công ước[^\n]*/, ''));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/facts\.yaml, entry "adoption-date", field "vi"/));
  });

  it('fails on a quote without its Vietnamese translation', () => {
    copy = copyKnowledge();
    copy.edit('quotes.yaml', (t) => t.replace(/\n    vi: "Mỗi ngày, những vụ lừa đảo tinh vi[^\n]*/, ''));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/quotes\.yaml, entry "guterres-sophisticated-scams", field "translations\.vi"/));
  });

  it('fails on a Vietnamese date that does not say the day it is filed under', () => {
    copy = copyKnowledge();
    copy.edit('facts.yaml', (t) => t.replace('thông qua Công ước về chống tội phạm mạng ngày 24 tháng 12 năm 2024.', 'thông qua Công ước về chống tội phạm mạng tháng 12 năm 2024.'));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/facts\.yaml, entry "adoption-date", field "vi": does not state its date/));
  });

  it('fails on a printed translation that is not in its source word for word', () => {
    copy = copyKnowledge();
    copy.edit('quotes.yaml', (t) => t.replace('Chúng ta hãy cùng xây dựng một không gian mạng', 'Chúng ta hãy xây dựng một không gian mạng'));
    expect(problemsOf(copy.dir)).toContainEqual(expect.stringMatching(/quotes\.yaml, entry "guterres-human-dignity", field "translations\.vi/));
  });
});

describe('the timeline in Vietnamese', () => {
  const DAY = '2026-12-02';

  it('is its own picture, with Vietnamese words and dates', () => {
    const vietnamese = composeTimeline(bot.kb, DAY, 'vi');
    const english = composeTimeline(bot.kb, DAY, 'en');
    expect(Buffer.compare(Buffer.from(vietnamese.picture?.png ?? []), Buffer.from(english.picture?.png ?? []))).not.toBe(0);
    const svg = timelineSvg({ model: timelineModel(bot.kb, DAY), lang: 'vi', publishers: [] });
    expect(svg).toContain('Công ước Hà Nội: các mốc thời gian');
    expect(svg).toContain('ngày 24 tháng 12 năm 2024');
    expect(vietnamese.title).toBe('Công ước Hà Nội: các mốc thời gian');
  });
});
