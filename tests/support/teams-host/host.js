/* global window, document */
/**
 * A Teams host for browser tests: frames the tab and answers its teams-js 2.x messages the way
 * Teams does. The wire format is the SDK's own (@microsoft/teams-js 2.58, dist/esm
 * internal/communication.js and messageObjects.js):
 *   tab -> host   { id, uuidAsString, func, args, timestamp, monotonicTimestamp, apiVersionTag, ... }
 *   host -> tab   { id, uuidAsString, args }           (the answer to one request)
 *   host -> tab   { func, args }                       (an event: themeChange, settings.save)
 * The test (teams-host.ts) sets `window.teamsHostConfig` before this script runs and reads
 * `window.teamsHost` afterwards. SSO tokens come from the test process
 * (`window.teamsHostIssueToken`, exposed by Playwright), signed by the loopback Entra stand-in.
 */
(() => {
  const config = window.teamsHostConfig;
  const frame = document.getElementById('tab');
  /** Every request the tab sent, in order: { func, args }. */
  const log = [];
  /** What the tab asked Teams to keep: validity, saved settings, handlers, stage sharing. */
  const state = {
    valid: undefined,
    settings: undefined,
    handlers: [],
    sharedToStage: undefined,
    saveOutcome: undefined,
    authenticateUrls: [],
  };
  let theme = config.context.theme;
  let saveSettled;

  const send = (message) => frame.contentWindow.postMessage(message, window.location.origin);
  const answer = (request, args) =>
    send({ id: request.id, uuidAsString: request.uuidAsString, args });
  const emit = (func, args) => send({ func, args });

  /** The flat context Teams answers `getContext` with (the SDK turns it into app.Context). */
  const flatContext = () => ({ ...config.context, theme, frameContext: config.frameContext });

  /** The runtime config Teams sends in `initialize`: apiVersion 4 and what a meeting supports. */
  const runtimeConfig = () =>
    JSON.stringify({
      apiVersion: 4,
      hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
      isLegacyTeams: false,
      supports: config.supports,
    });

  const handle = async (request) => {
    switch (request.func) {
      case 'initialize':
        // A host that hangs: the tab must give up and say so, never sit blank.
        if (!config.answerInitialize) return;
        return answer(request, [
          config.frameContext,
          config.hostClientType,
          runtimeConfig(),
          config.clientSupportedSDKVersion,
        ]);
      case 'getContext':
        return answer(request, [flatContext()]);
      case 'authentication.getAuthToken': {
        const [resources, claims, silent, tenantId] = request.args;
        const issued = await window.teamsHostIssueToken({ resources, claims, silent, tenantId });
        return answer(request, issued.ok ? [true, issued.token] : [false, issued.error]);
      }
      case 'authentication.authenticate': {
        // Teams opens the URL in a pop-up; it must be on a domain the manifest lists. Here the
        // person consents at once, as the pop-up's page would report with notifySuccess.
        const [url] = request.args;
        state.authenticateUrls.push(url);
        const outcome = await window.teamsHostAuthenticate(url);
        return answer(request, outcome.ok ? [true, outcome.result] : [false, outcome.error]);
      }
      case 'registerHandler':
        state.handlers.push(request.args[0]);
        return undefined;
      case 'settings.setValidityState':
        state.valid = request.args[0];
        return undefined;
      case 'settings.setSettings':
        // The tab instance Teams will add; Teams checks contentUrl against validDomains.
        state.settings = request.args[0];
        return answer(request, [true]);
      case 'settings.getSettings':
        return answer(request, [state.settings]);
      case 'settings.save.success':
        saveSettled?.({ ok: true });
        return undefined;
      case 'settings.save.failure':
        saveSettled?.({ ok: false, reason: request.args[0] });
        return undefined;
      case 'meeting.shareAppContentToStage': {
        // Teams checks the frame context (side panel or stage), then shares the URL.
        if (!['sidePanel', 'meetingStage'].includes(config.frameContext)) {
          return answer(request, [{ errorCode: 1000 }, false]);
        }
        state.sharedToStage = request.args[0];
        return answer(request, [null, true]);
      }
      case 'meeting.getAppContentStageSharingState':
        return answer(request, [null, { isAppSharing: state.sharedToStage !== undefined }]);
      case 'meeting.getAppContentStageSharingCapabilities':
        return answer(request, [null, { doesAppHaveSharePermission: true }]);
      default:
        // Fire-and-forget notices (appInitialization.*) and anything this host does not play.
        return undefined;
    }
  };

  window.addEventListener('message', (event) => {
    // Only the framed tab, served from this page's origin, speaks to the host.
    if (event.source !== frame.contentWindow || event.origin !== window.location.origin) return;
    const request = event.data;
    if (!request || typeof request.func !== 'string' || typeof request.id !== 'number') return;
    log.push({ func: request.func, args: request.args });
    void handle(request);
  });

  window.teamsHost = {
    log,
    state,
    /** Teams' theme switch: the tab hears it only once it registered its handler. */
    setTheme(next) {
      theme = next;
      if (state.handlers.includes('themeChange')) emit('themeChange', [next]);
    },
    /** The Save button of Teams' configuration dialog. */
    save() {
      if (!state.valid) return Promise.resolve({ ok: false, reason: 'Save is disabled' });
      const settled = new Promise((resolve) => (saveSettled = resolve));
      if (state.handlers.includes('save')) emit('settings.save', [{}]);
      else saveSettled({ ok: true });
      return settled;
    },
  };

  frame.src = config.tabUrl;
})();
