// Key Vault (RBAC mode) holding the app's secrets; the web app reads them as Key Vault references.

param vaultName string
param location string
@secure()
param microsoftAppPassword string
@secure()
param databaseUrl string
@secure()
@description('Empty: Graph is not used (offline meetings), no secret is stored.')
param graphClientSecret string = ''
@secure()
param metricsToken string = ''

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: vaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
    publicNetworkAccess: 'Enabled'
  }
}

// Key Vault secret names allow letters, digits and dashes only, hence not the setting names.
resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(microsoftAppPassword)) {
  parent: vault
  name: 'microsoft-app-password'
  properties: {
    value: microsoftAppPassword
  }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: databaseUrl
  }
}

resource graphClientSecretSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(graphClientSecret)) {
  parent: vault
  name: 'graph-client-secret'
  properties: {
    value: graphClientSecret
  }
}

resource metricsTokenSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(metricsToken)) {
  parent: vault
  name: 'metrics-token'
  properties: {
    value: metricsToken
  }
}

output name string = vault.name
// Versionless URIs: the app picks up a rotated secret without a redeployment.
output appPasswordSecretUri string = empty(microsoftAppPassword) ? '' : appPasswordSecret.properties.secretUri
output databaseUrlSecretUri string = databaseUrlSecret.properties.secretUri
output graphClientSecretUri string = empty(graphClientSecret) ? '' : graphClientSecretSecret.properties.secretUri
output metricsTokenSecretUri string = empty(metricsToken) ? '' : metricsTokenSecret.properties.secretUri
