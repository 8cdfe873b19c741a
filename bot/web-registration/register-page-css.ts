/**
 * The registration page's one stylesheet, inline (the page's only other requests are its two
 * scripts). Logical properties, so Arabic lays out mirrored; contrast meets WCAG AA.
 */
export const REGISTER_PAGE_CSS = `
body{font-family:"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Sans CJK SC",system-ui,sans-serif;
line-height:1.5;color:#1b1b1b;background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.5rem}
h1{font-size:1.75rem;margin-block:0.5rem}
h2{font-size:1.375rem;margin-block-start:2rem;border-block-end:2px solid #005a9e}
a{color:#004b87}
a:focus{outline:3px solid #1b1b1b;outline-offset:2px}
nav ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
nav a[aria-current]{font-weight:700}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem}
dt{font-weight:600}dd{margin:0}
#webchat{block-size:40rem;max-block-size:85vh;border:1px solid #8a8a8a;margin-block:1rem}
.status{background:#fff4ce;border-inline-start:4px solid #8a6100;padding:0.5rem 1rem;margin-block:1rem}
.local-time:empty{display:none}
.privacy{white-space:pre-line}
`;
