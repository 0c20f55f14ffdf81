import groovy.json.JsonSlurper

// The JSON report: every change, exactly, and none breaking.
def report = new JsonSlurper().parse(new File(basedir, 'target/shapegen-diff/changes.json'))
assert report.formatVersion == 1
assert report.service == 'Chime SDK Identity'
assert report.old == 'chime-sdk-identity-2023-03-23.json'
assert report.new == 'chime-sdk-identity-2023-06-22.json'
def changes = report.changes.collect { "${it.kind} ${it.subject}${it.detail ? ' ' + it.detail : ''}" as String }
assert changes == [
        'operation-added DeleteAppInstanceBot',
        'shape-added DeleteAppInstanceBotRequest',
        'shape-added InvokedBy',
        'shape-added StandardMessages',
        'shape-added String64',
        'shape-removed SensitiveString64',
        'member-added LexConfiguration.InvokedBy',
        'member-added UpdateAppInstanceBotRequest.Configuration',
        'member-target-changed DescribeAppInstanceUserEndpointRequest.AppInstanceUserArn',
        'member-target-changed DescribeAppInstanceUserEndpointRequest.EndpointId',
        'member-target-changed DescribeAppInstanceUserEndpointResponse.EndpointId',
        'required-removed LexConfiguration.RespondsTo',
        'sensitive-removed DescribeAppInstanceUserEndpointRequest.AppInstanceUserArn',
        'sensitive-removed DescribeAppInstanceUserEndpointRequest.EndpointId',
        'sensitive-removed DescribeAppInstanceUserEndpointResponse.EndpointId',
        'documentation-changed LexConfiguration.RespondsTo'] : "changes: ${changes}"
assert report.summary.changes == 16
assert report.summary.breaking == 0
assert report.changes.every { !it.breaking }
def invokedBy = report.changes.find { it.subject == 'LexConfiguration.InvokedBy' }
assert invokedBy.after == 'optional structure InvokedBy'
assert invokedBy.operations == ['CreateAppInstanceBot', 'UpdateAppInstanceBot']
assert report.operationPages.DeleteAppInstanceBot == '../generated-docs/shapegen/chime-sdk-identity/operations/deleteAppInstanceBot.md'

// The changelog: grouped by kind, each change with its reason, operations linked to their pages.
def diffDir = new File(basedir, 'target/shapegen-diff')
def changelog = new File(diffDir, 'changes.md').getText('UTF-8')
assert changelog.startsWith('# Chime SDK Identity: model changes\n\nFrom `chime-sdk-identity-2023-03-23.json` to '
        + '`chime-sdk-identity-2023-06-22.json`: 16 changes, none breaking.\n')
assert !changelog.contains('## Breaking changes')
assert changelog.contains('\n## Operations added\n\nA new client method; existing calls are unaffected.\n\n'
        + '- [`DeleteAppInstanceBot`](../generated-docs/shapegen/chime-sdk-identity/operations/deleteAppInstanceBot.md)\n')
assert changelog.contains('\n## Required removed\n\n')
assert changelog.contains('- `LexConfiguration.RespondsTo` — used by '
        + '[`CreateAppInstanceBot`](../generated-docs/shapegen/chime-sdk-identity/operations/createAppInstanceBot.md), '
        + '[`UpdateAppInstanceBot`](../generated-docs/shapegen/chime-sdk-identity/operations/updateAppInstanceBot.md).\n')
assert changelog.contains('- `DescribeAppInstanceUserEndpointRequest.EndpointId`: `SensitiveString64` → `String64` — used by')
// Every link points at a page the generate goal wrote.
def links = (changelog =~ /\]\(([^)]+)\)/).collect { it[1] }
assert links.size() >= 10
links.each { assert new File(diffDir, it).isFile() : "broken link ${it}" }

def log = new File(basedir, 'build.log').text
assert log =~ /\[INFO\] Chime SDK Identity: 16 changes, none breaking, from chime-sdk-identity-2023-03-23\.json to chime-sdk-identity-2023-06-22\.json; changelog in target.shapegen-diff.changes\.md/
return true
