// App Service plan and Linux web app (Node 20) running the bot, tab and API. The app settings
// carry the app's configuration names exactly; secrets are Key Vault references.

param baseName string
param webAppName string
param location string
param sku string
param startupCommand string
param keyVaultName string
param appPasswordSecretUri string
param databaseUrlSecretUri string
@description('Empty: no Graph secret stored (offline meetings).')
param graphClientSecretUri string = ''
@description('Empty: /metrics is open.')
param metricsTokenSecretUri string = ''
@description('Empty: no Direct Line, the registration page has no chat.')
param directLineSecretUri string = ''
param appInsightsConnectionString string
@description('User-assigned identity to attach (UserAssignedMSI bots only); empty for none.')
param userAssignedIdentityId string = ''

@description('The non-secret app settings, keyed by configuration name; empty PUBLIC_URL means the default host.')
param config object

// Built-in role "Key Vault Secrets User".
var secretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${baseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: sku
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  identity: {
    type: empty(userAssignedIdentityId) ? 'SystemAssigned' : 'SystemAssigned, UserAssigned'
    // ARM evaluates only the chosen branch, so an empty id never becomes a key.
    userAssignedIdentities: empty(userAssignedIdentityId) ? null : {
      '${userAssignedIdentityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      appCommandLine: startupCommand
      alwaysOn: true
      http20Enabled: true
      webSocketsEnabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      healthCheckPath: '/healthz'
    }
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: keyVaultName
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, site.id, secretsUserRoleId)
  scope: vault
  properties: {
    principalId: site.identity.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', secretsUserRoleId)
  }
}

// The app requires all Graph settings together; without an organizer none is set (offline meetings).
var graphOn = !empty(config.GRAPH_ORGANIZER) && !empty(graphClientSecretUri)

var publicUrl = empty(config.PUBLIC_URL) ? 'https://${site.properties.defaultHostName}' : config.PUBLIC_URL

// PORT is not set: App Service gives the Node process its port in PORT itself.
var appSettings = {
  PUBLIC_URL: publicUrl
  MicrosoftAppId: config.MicrosoftAppId
  MicrosoftAppPassword: empty(appPasswordSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${appPasswordSecretUri})'
  MicrosoftAppTenantId: config.MicrosoftAppTenantId
  MicrosoftAppType: config.MicrosoftAppType
  TEAMS_APP_ID: config.TEAMS_APP_ID
  AAD_APP_CLIENT_ID: config.AAD_APP_CLIENT_ID
  DATABASE_URL: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecretUri})'
  CHAIR_TEAM: config.CHAIR_TEAM
  GRAPH_ORGANIZER: graphOn ? config.GRAPH_ORGANIZER : ''
  MAIL_SENDER: graphOn ? config.MAIL_SENDER : ''
  GRAPH_TENANT_ID: graphOn ? config.GRAPH_TENANT_ID : ''
  GRAPH_CLIENT_ID: graphOn ? config.GRAPH_CLIENT_ID : ''
  GRAPH_CLIENT_SECRET: graphOn ? '@Microsoft.KeyVault(SecretUri=${graphClientSecretUri})' : ''
  REMINDER_MINUTES: config.REMINDER_MINUTES
  METRICS_TOKEN: empty(metricsTokenSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${metricsTokenSecretUri})'
  DIRECT_LINE_SECRET: empty(directLineSecretUri) ? '' : '@Microsoft.KeyVault(SecretUri=${directLineSecretUri})'
  LOG_LEVEL: config.LOG_LEVEL
  TRUSTED_PROXIES: config.TRUSTED_PROXIES
  APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
  ApplicationInsightsAgent_EXTENSION_VERSION: '~3'
  SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
  WEBSITE_RUN_FROM_PACKAGE: '1'
}

// Written after the role assignment so the Key Vault references resolve on the first start.
resource settings 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: site
  name: 'appsettings'
  properties: appSettings
  dependsOn: [
    readSecrets
  ]
}

output resourceId string = site.id
output publicUrl string = publicUrl
output defaultHostName string = site.properties.defaultHostName
