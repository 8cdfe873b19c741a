// Azure resources for the stakeholder meetings app: web app (bot + tab + API), Azure Bot with
// the Teams channel, PostgreSQL, Key Vault, Application Insights. The Entra app registration
// is made by the Agents Toolkit (infra/entra/aad.manifest.json) or by hand, not here.
// Parameters named like the app's configuration carry that setting (infra/config-names.json).

@description('Prefix of every resource name: 3 to 12 lowercase letters or digits.')
@minLength(3)
@maxLength(12)
param resourceBaseName string

param location string = resourceGroup().location

@description('Client id of the Entra app the bot signs in as.')
param MicrosoftAppId string

@secure()
@description('Client secret of that Entra app; empty only for UserAssignedMSI.')
param MicrosoftAppPassword string = ''

param MicrosoftAppTenantId string = tenant().tenantId

@allowed([
  'SingleTenant'
  'MultiTenant'
  'UserAssignedMSI'
])
param MicrosoftAppType string = 'SingleTenant'

@description('Id of the Teams app (the manifest id, a GUID).')
param TEAMS_APP_ID string

@description('Entra app for tab single sign-on; usually the same app as the bot.')
param AAD_APP_CLIENT_ID string = MicrosoftAppId

@description('https base URL of the service; empty means https://<web app default host>.')
param PUBLIC_URL string = ''

@description('Comma-separated Entra object ids or emails of the chair\'s team.')
param CHAIR_TEAM string

@description('UPN or object id of the licensed user whose calendar organizes the meetings; empty: offline meetings, and no Graph settings are deployed.')
param GRAPH_ORGANIZER string = ''

@description('Mailbox (UPN or object id) that mails people registered on the web (Graph sendMail, Mail.Send kept to it by an application access policy: docs/deployment.md); empty: needs Graph, else mail stays off.')
param MAIL_SENDER string = ''

@description('Tenant of the organizer, for the Graph client credentials.')
param GRAPH_TENANT_ID string = MicrosoftAppTenantId

@description('Entra app that calls Graph (application permissions); usually the bot\'s own app.')
param GRAPH_CLIENT_ID string = MicrosoftAppId

@secure()
@description('Client secret of the Graph app; usually the bot\'s own secret.')
param GRAPH_CLIENT_SECRET string = MicrosoftAppPassword

@description('Reminders before the meeting, in minutes, comma-separated.')
param REMINDER_MINUTES string = '1440,60'

@secure()
@description('Bearer token /metrics asks for (16+ characters); empty leaves /metrics open.')
param METRICS_TOKEN string = ''

@allowed([
  'fatal'
  'error'
  'warn'
  'info'
  'debug'
  'trace'
])
param LOG_LEVEL string = 'info'

@description('Proxies whose X-Forwarded-For names the client: App Service\'s front end connects from private addresses.')
param TRUSTED_PROXIES string = '10.0.0.0/8,172.16.0.0/12,192.168.0.0/16,169.254.0.0/16,fc00::/7,fe80::/10'

param appServiceSku string = 'B1'
@description('Switches on the public registration page\'s chat: the Direct Line channel (premium, billed per message; docs/deployment.md).')
param enableDirectLine bool = false
param startupCommand string = 'node --max-old-space-size=256 dist/bot/main.js'
param postgresAdminLogin string = 'meetingsadmin'
@secure()
param postgresAdminPassword string
param postgresSkuName string = 'Standard_B1ms'
param postgresSkuTier string = 'Burstable'
param databaseName string = 'meetings'

@description('Resource id of a user-assigned identity; only for MicrosoftAppType UserAssignedMSI.')
param botIdentityResourceId string = ''

var baseName = toLower(resourceBaseName)
var suffix = uniqueString(resourceGroup().id, baseName)

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    baseName: baseName
    location: location
  }
}

module postgres 'modules/postgres.bicep' = {
  name: 'postgres'
  params: {
    serverName: '${baseName}-pg-${suffix}'
    location: location
    databaseName: databaseName
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    skuName: postgresSkuName
    skuTier: postgresSkuTier
  }
}

var databaseUrl = 'postgresql://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.outputs.fullyQualifiedDomainName}:5432/${postgres.outputs.databaseName}?sslmode=require'

module keyVault 'modules/key-vault.bicep' = {
  name: 'key-vault'
  params: {
    vaultName: 'kv-${baseName}-${take(suffix, 6)}'
    location: location
    microsoftAppPassword: MicrosoftAppPassword
    databaseUrl: databaseUrl
    graphClientSecret: empty(GRAPH_ORGANIZER) ? '' : GRAPH_CLIENT_SECRET
    metricsToken: METRICS_TOKEN
  }
}

module webApp 'modules/web-app.bicep' = {
  name: 'web-app'
  params: {
    baseName: baseName
    webAppName: '${baseName}-${suffix}'
    location: location
    sku: appServiceSku
    startupCommand: startupCommand
    keyVaultName: keyVault.outputs.name
    appPasswordSecretUri: keyVault.outputs.appPasswordSecretUri
    databaseUrlSecretUri: keyVault.outputs.databaseUrlSecretUri
    graphClientSecretUri: keyVault.outputs.graphClientSecretUri
    metricsTokenSecretUri: keyVault.outputs.metricsTokenSecretUri
    // Written by the bot module once the channel exists; App Service resolves it when it starts.
    directLineSecretUri: enableDirectLine
      ? 'https://${keyVault.outputs.name}${environment().suffixes.keyvaultDns}/secrets/direct-line-secret'
      : ''
    appInsightsConnectionString: monitoring.outputs.connectionString
    userAssignedIdentityId: MicrosoftAppType == 'UserAssignedMSI' ? botIdentityResourceId : ''
    config: {
      PUBLIC_URL: PUBLIC_URL
      MicrosoftAppId: MicrosoftAppId
      MicrosoftAppTenantId: MicrosoftAppTenantId
      MicrosoftAppType: MicrosoftAppType
      TEAMS_APP_ID: TEAMS_APP_ID
      AAD_APP_CLIENT_ID: AAD_APP_CLIENT_ID
      CHAIR_TEAM: CHAIR_TEAM
      GRAPH_ORGANIZER: GRAPH_ORGANIZER
      MAIL_SENDER: MAIL_SENDER
      GRAPH_TENANT_ID: GRAPH_TENANT_ID
      GRAPH_CLIENT_ID: GRAPH_CLIENT_ID
      REMINDER_MINUTES: REMINDER_MINUTES
      LOG_LEVEL: LOG_LEVEL
      TRUSTED_PROXIES: TRUSTED_PROXIES
    }
  }
}

module bot 'modules/azure-bot.bicep' = {
  name: 'azure-bot'
  params: {
    botName: '${baseName}-bot-${suffix}'
    displayName: 'Stakeholder Meetings'
    endpoint: '${webApp.outputs.publicUrl}/api/messages'
    microsoftAppId: MicrosoftAppId
    microsoftAppType: MicrosoftAppType
    microsoftAppTenantId: MicrosoftAppTenantId
    identityResourceId: botIdentityResourceId
    directLineOrigin: enableDirectLine ? webApp.outputs.publicUrl : ''
    keyVaultName: keyVault.outputs.name
  }
}

// Upper-case outputs: the Agents Toolkit writes them to env/.env.<environment> by these names.
output AZURE_APP_SERVICE_RESOURCE_ID string = webApp.outputs.resourceId
output PUBLIC_URL string = webApp.outputs.publicUrl
output PUBLIC_HOSTNAME string = split(replace(webApp.outputs.publicUrl, 'https://', ''), '/')[0]
output KEY_VAULT_NAME string = keyVault.outputs.name
output BOT_SERVICE_NAME string = bot.outputs.name
