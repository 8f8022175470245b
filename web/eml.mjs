// A small .eml (RFC 5322 / MIME) reader: the headers fill the ticket, the text body the reply.
// Only what a support ticket export needs: unfolded headers, multipart/* walking, base64 and
// quoted-printable, charsets TextDecoder knows. HTML-only bodies are reduced to their text.

function splitHead(raw) {
  const m = /\r?\n\r?\n/.exec(raw);
  return m ? [raw.slice(0, m.index), raw.slice(m.index + m[0].length)] : [raw, ''];
}

function parseHeaders(head) {
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const map = new Map();
  for (const line of unfolded.split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i <= 0) continue;
    const name = line.slice(0, i).trim().toLowerCase();
    if (!map.has(name)) map.set(name, line.slice(i + 1).trim());
  }
  return map;
}

function param(value, name) {
  const m = new RegExp(`${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value || '');
  return m ? (m[1] ?? m[2]) : '';
}

function decodeBytes(bytes, charset) {
  try { return new TextDecoder(charset || 'utf-8').decode(bytes); } catch (_) { return new TextDecoder('utf-8').decode(bytes); }
}

function binary(text) {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function decodeBody(body, encoding, charset) {
  const enc = (encoding || '').toLowerCase();
  if (enc === 'base64') {
    try { return decodeBytes(binary(atob(body.replace(/[^A-Za-z0-9+/=]/g, ''))), charset); } catch (_) { return body; }
  }
  if (enc === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    const bytes = [];
    for (let i = 0; i < soft.length; i++) {
      if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) { bytes.push(parseInt(soft.slice(i + 1, i + 3), 16)); i += 2; }
      else bytes.push(soft.charCodeAt(i) & 0xff);
    }
    return decodeBytes(new Uint8Array(bytes), charset);
  }
  return charset && !/utf-?8|us-ascii/i.test(charset) ? decodeBytes(binary(body), charset) : body;
}

function htmlToText(html) {
  // DOMParser builds an inert document: no script runs, no resource loads.
  const doc = new DOMParser().parseFromString(html.replace(/<br\s*\/?>/gi, '\n').replace(/<\/p>/gi, '\n\n'), 'text/html');
  return (doc.body ? doc.body.textContent : '').replace(/\n{3,}/g, '\n\n').trim();
}

function findText(headers, body, depth = 0) {
  const type = (headers.get('content-type') || 'text/plain').toLowerCase();
  if (type.startsWith('multipart/') && depth < 5) {
    const boundary = param(headers.get('content-type'), 'boundary');
    if (!boundary) return null;
    const parts = body.split(new RegExp(`\\r?\\n?--${boundary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:--)?[ \\t]*\\r?\\n?`));
    let html = null;
    for (const part of parts) {
      if (!part.trim()) continue;
      const [ph, pb] = splitHead(part);
      const found = findText(parseHeaders(ph), pb, depth + 1);
      if (found && found.kind === 'plain') return found;
      if (found && !html) html = found;
    }
    return html;
  }
  if (/attachment/i.test(headers.get('content-disposition') || '')) return null;
  const text = decodeBody(body, headers.get('content-transfer-encoding'), param(headers.get('content-type'), 'charset'));
  if (type.startsWith('text/html')) return { kind: 'html', text: htmlToText(text) };
  if (type.startsWith('text/')) return { kind: 'plain', text };
  return null;
}

function decodeWords(value) {
  // RFC 2047 encoded words in headers (=?utf-8?B?...?= / =?utf-8?Q?...?=).
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, enc, data) => {
    try {
      const bytes = enc.toUpperCase() === 'B' ? binary(atob(data))
        : binary(data.replace(/_/g, ' ').replace(/=([0-9A-Fa-f]{2})/g, (__, hex) => String.fromCharCode(parseInt(hex, 16))));
      return decodeBytes(bytes, charset);
    } catch (_) { return data; }
  });
}

/** parseEml(text) -> {from, headers, subject, date, body} */
export function parseEml(raw) {
  const [head, body] = splitHead(raw.replace(/^\uFEFF/, ''));
  const headers = parseHeaders(head);
  const fromHeader = decodeWords(headers.get('from') || '');
  const addr = /<([^>]+)>/.exec(fromHeader) || /([^\s<>"]+@[^\s<>"]+)/.exec(fromHeader);
  const found = findText(headers, body);
  let date = '';
  const parsed = Date.parse(headers.get('date') || '');
  if (!Number.isNaN(parsed)) date = new Date(parsed).toISOString().replace(/\.000Z$/, 'Z');
  return {
    from: addr ? addr[1].trim() : '',
    headers: head.replace(/\r\n/g, '\n').trim(),
    subject: decodeWords(headers.get('subject') || ''),
    date,
    body: found ? found.text.replace(/\r\n/g, '\n').trim() : body.trim(),
  };
}
