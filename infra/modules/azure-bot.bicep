// Azure Bot registration pointing at the web app's /api/messages, with the Microsoft Teams channel
// and, when the public registration page is switched on, the Direct Line channel (premium).

param botName string
param displayName string
param endpoint string
param microsoftAppId string
@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param microsoftAppType string
param microsoftAppTenantId string
@description('Resource id of the user-assigned identity; only for UserAssignedMSI.')
param identityResourceId string = ''
param sku string = 'F0'
@description('Origin of the public registration page (https://host); empty: no Direct Line channel.')
param directLineOrigin string = ''
@description('Key Vault that receives the Direct Line secret (as direct-line-secret); with directLineOrigin.')
param keyVaultName string = ''

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: sku
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppId: microsoftAppId
    msaAppType: microsoftAppType
    msaAppTenantId: microsoftAppType == 'MultiTenant' ? null : microsoftAppTenantId
    msaAppMSIResourceId: microsoftAppType == 'UserAssignedMSI' ? identityResourceId : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

// Web Chat on the registration page, Direct Line 3.0 only. Enhanced authentication: tokens carry
// the user id the service put in them, and only the page's origin may use them.
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = if (!empty(directLineOrigin)) {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Registration page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          isSecureSiteEnabled: true
          isBlockUserUploadEnabled: true
          trustedOrigins: [
            directLineOrigin
          ]
        }
      ]
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = if (!empty(directLineOrigin)) {
  name: keyVaultName
}

// The service trades this secret for per-conversation tokens; the page never sees it.
resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(directLineOrigin)) {
  parent: vault
  name: 'direct-line-secret'
  properties: {
    value: directLine.listChannelWithKeys().properties.properties.sites[0].key
  }
}

output name string = bot.name
