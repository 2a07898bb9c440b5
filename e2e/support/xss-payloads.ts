/**
 * Known XSS payloads (OWASP's filter evasion cheat sheet, PortSwigger's XSS cheat sheet, DOMPurify's
 * mutation-XSS cases), each calling `xss(n)` or opening a dialog if it ever runs. The browser test
 * stores them as posts, comments and feedback context and opens each in Chromium.
 */
const PAYLOADS: ((n: number) => string)[] = [
  (n) => `<script>xss(${n})</script>`,
  (n) => `<img src=x onerror="xss(${n})">`,
  (n) => `<svg onload="xss(${n})">`,
  (n) => `<svg><script>xss(${n})</script></svg>`,
  (n) => `[click me](javascript:xss(${n}))`,
  (n) => `[click me](JaVaScRiPt:xss(${n}))`,
  (n) => `[click me](javascript&#58;xss(${n}))`,
  (n) => `[click me](&#106;avascript:xss(${n}))`,
  (n) => `[click me](data:text/html;base64,${Buffer.from(`<script>parent.xss(${n})</script>`).toString('base64')})`,
  (n) => `![picture](javascript:xss(${n}))`,
  (n) => `![picture](x" onerror="xss(${n}))`,
  (n) => `<a href="javascript:xss(${n})">click me</a>`,
  (n) => `<iframe src="javascript:xss(${n})"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.xss(${n})</script>"></iframe>`,
  (n) => `<details open ontoggle="xss(${n})">open</details>`,
  (n) => `<body onload="xss(${n})">`,
  (n) => `<input autofocus onfocus="xss(${n})">`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=xss(${n})>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=xss(${n})>">`,
  (n) => `<object data="javascript:xss(${n})"></object>`,
  (n) => `<embed src="data:text/html,<script>parent.xss(${n})</script>">`,
  (n) => `<form><button formaction="javascript:xss(${n})">send</button></form>`,
  (n) => `<div style="background:url(javascript:xss(${n}))">styled</div>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:xss(${n})">`,
  (n) => `<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;:xss(${n})">entities</a>`,
  (n) => `[vb](vbscript:xss(${n}))`,
  (n) => `<scr<script>ipt>xss(${n})</scr</script>ipt>`,
  (n) => `<img src="x" onerror="&#120;ss(${n})">`,
  (n) => `<svg><a xlink:href="javascript:xss(${n})"><text x="20" y="20">svg link</text></a></svg>`,
  (n) => `[angle](<javascript:xss(${n})>)`,
  (n) => `<video><source onerror="xss(${n})"></video>`,
  (n) => `<a href="javas\tcript:xss(${n})">tab</a>`,
  (n) => `<template><img src=x onerror=xss(${n})></template>`,
  (n) => `<base href="javascript:xss(${n})//">`,
  (n) => `<img src=x onerror=alert(${n})>`,
  (n) => `[ref link][r${n}]\n\n[r${n}]: javascript:alert(${n})`,
  (n) => `<style>@import 'javascript:xss(${n})';</style>`,
  (n) => `\`\`\`html\n<script>xss(${n})</script>\n\`\`\``,
  (n) => `%3Cscript%3Exss(${n})%3C%2Fscript%3E and &lt;script&gt;xss(${n})&lt;/script&gt;`,
  (n) => `<a href="#" onclick="xss(${n})">onclick</a> **bold** <b onmouseover="xss(${n})">hover</b>`,
];

export interface XssPayload {
  n: number;
  text: string;
}

export const XSS_PAYLOADS: XssPayload[] = PAYLOADS.map((payload, index) => ({ n: index + 1, text: payload(index + 1) }));
