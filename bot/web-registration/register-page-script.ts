/**
 * The registration page's own script (served as /webchat/register-page.js, so the page needs
 * no inline script). It writes the reader's local times, which only the browser knows, and
 * opens the chat: a token from the service (never the Direct Line secret), then Web Chat on
 * Direct Line 3.0 in the page's language and direction; Web Chat's Direct Line client
 * refreshes the token before it expires (POST /v3/directline/tokens/refresh). Once connected
 * it asks the bot, as a card button would, to open this event's form.
 */
export const REGISTER_PAGE_SCRIPT = `'use strict';
(function () {
  var lang = document.documentElement.lang || 'en';
  var rtl = document.documentElement.dir === 'rtl';
  var LOCALES = { en: 'en-US', fr: 'fr-FR', es: 'es-ES', ar: 'ar-SA', zh: 'zh-CN', ru: 'ru-RU' };
  var locale = LOCALES[lang] || 'en-US';

  function localTimes() {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    // Western digits, as the server's own lines (core/i18n/intl-locale.ts).
    var format = new Intl.DateTimeFormat(lang + '-u-nu-latn', {
      weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'
    });
    document.querySelectorAll('.local-time[data-instant]').forEach(function (el) {
      if (el.getAttribute('data-zone') === zone) return;
      var time = format.format(new Date(el.getAttribute('data-instant')));
      el.textContent = el.getAttribute('data-template').replace('%TIME%', time);
    });
  }

  function unavailable(panel) {
    var p = document.createElement('p');
    p.setAttribute('role', 'alert');
    p.textContent = panel.getAttribute('data-unavailable');
    panel.replaceChildren(p);
  }

  function openChat() {
    var panel = document.getElementById('webchat');
    if (!panel || !window.WebChat) return;
    fetch(panel.getAttribute('data-token-url'), { method: 'POST' })
      .then(function (response) {
        if (!response.ok) throw new Error('token ' + response.status);
        return response.json();
      })
      .then(function (grant) {
        var eventId = panel.getAttribute('data-event-id');
        var opened = false;
        var store = window.WebChat.createStore({}, function (api) {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED' && !opened) {
                opened = true;
                setTimeout(function () {
                  api.dispatch({
                    type: 'WEB_CHAT/SEND_POST_BACK',
                    payload: { value: { verb: 'registration.open', eventId: eventId } }
                  });
                }, 0);
              }
              return next(action);
            };
          };
        });
        window.WebChat.renderWebChat({
          directLine: window.WebChat.createDirectLine({ token: grant.token, domain: grant.domain }),
          store: store,
          locale: locale,
          dir: rtl ? 'rtl' : 'ltr',
          styleOptions: { hideUploadButton: true }
        }, panel);
      })
      .catch(function () { unavailable(panel); });
  }

  function start() { localTimes(); openChat(); }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
`;
