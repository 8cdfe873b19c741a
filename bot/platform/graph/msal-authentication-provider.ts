import type { ConfidentialClientApplication } from '@azure/msal-node';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

/** Name the Graph SDK copies into GraphError.code, so sign-in failures stay recognisable. */
export const AUTHENTICATION_ERROR = 'GraphAuthenticationError';
export const AUTHENTICATION_NETWORK_ERROR = 'GraphAuthenticationNetworkError';

/** Client-credentials tokens from MSAL (cached and renewed by MSAL) for the Graph SDK. */
export class MsalAuthenticationProvider implements AuthenticationProvider {
  constructor(private readonly msal: ConfidentialClientApplication) {}

  async getAccessToken(): Promise<string> {
    try {
      const result = await this.msal.acquireTokenByClientCredential({ scopes: [GRAPH_SCOPE] });
      if (!result?.accessToken) throw new Error('Entra ID returned no access token');
      return result.accessToken;
    } catch (error) {
      const code = (error as { errorCode?: string }).errorCode ?? '';
      const wrapped = new Error(`Token acquisition failed: ${(error as Error).message}`, {
        cause: error,
      });
      // MSAL reports an unreachable authority as network_error, or, when its metadata could not
      // be fetched, as endpoints_resolution_error; a fetch given in its place throws TypeError.
      const network =
        /network|endpoints_resolution|openid_config/.test(code) || error instanceof TypeError;
      wrapped.name = network ? AUTHENTICATION_NETWORK_ERROR : AUTHENTICATION_ERROR;
      throw wrapped;
    }
  }
}
