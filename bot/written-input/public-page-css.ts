/**
 * The public pages' one stylesheet, inline so the page needs no other request. Logical
 * properties, so right-to-left languages lay out mirrored; contrast meets WCAG AA.
 */
export const PUBLIC_PAGE_CSS = `
body{font-family:"Segoe UI","Noto Sans","Noto Sans Arabic","Noto Sans CJK SC",system-ui,sans-serif;
line-height:1.5;color:#1b1b1b;background:#fff;margin:0 auto;max-width:60rem;padding:1rem 1.5rem}
h1{font-size:1.75rem;margin-block:0.5rem}
h2{font-size:1.375rem;margin-block-start:2rem;border-block-end:2px solid #005a9e}
h3{font-size:1.125rem;margin-block:0 0.5rem}
a{color:#004b87}
a:focus,button:focus,select:focus{outline:3px solid #1b1b1b;outline-offset:2px}
nav ul,footer ul{display:flex;flex-wrap:wrap;gap:1rem;list-style:none;padding:0}
nav a[aria-current]{font-weight:700}
form{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;background:#f3f3f3;padding:0.75rem 1rem}
form p{margin:0;display:flex;flex-direction:column;max-width:100%;min-width:0}
select,button{font:inherit;padding:0.25rem 0.5rem;max-width:100%}
button{background:#004b87;color:#fff;border:0;padding:0.375rem 1rem}
article{border:1px solid #8a8a8a;padding:1rem;margin-block:1rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:0.25rem 1rem;margin:0}
dt{font-weight:600}dd{margin:0}dd ul{margin:0;padding-inline-start:1.25rem}
.statement{white-space:normal;overflow-wrap:anywhere}
`;
