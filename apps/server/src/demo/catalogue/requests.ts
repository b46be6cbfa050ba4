/** Customer asks, worded the way people write them; the first ones echo shipped features, the rest do not. */
export const requestCatalogue: readonly { title: string; text: string }[] = [
  {
    title: 'SAML single sign-on with Okta',
    text: 'We need SSO via SAML (Okta) before rolling out to the whole engineering org.',
  },
  {
    title: 'Bulk export of job history to CSV',
    text: 'Finance wants a CSV export of every compression job to reconcile savings each month.',
  },
  {
    title: 'Keep our data in the EU',
    text: 'Our DPO requires EU data residency (Frankfurt) for all processing and backups.',
  },
  { title: 'Higher API rate limits', text: 'Nightly backfills hit 429s at 600 requests/min; we need at least 1,500.' },
  {
    title: 'SCIM provisioning from Azure AD',
    text: 'Automatic user provisioning and offboarding via SCIM from Azure AD.',
  },
  {
    title: 'Webhook when a compression job finishes',
    text: 'Polling the job status endpoint is wasteful; a webhook on completion would fix it.',
  },
  { title: 'Audit logs for SOC 2', text: 'An API for audit logs so we can collect SOC 2 evidence automatically.' },
  { title: 'Export to Parquet', text: 'Write exports as Parquet straight to our S3 bucket.' },
  {
    title: 'Custom roles and permissions',
    text: 'Contractors should not see billing or API keys; we need granular roles.',
  },
  {
    title: 'Better compression presets for 4K video',
    text: 'Middle-out on raw 4K footage is good but a tuned preset would help a lot.',
  },
  {
    title: 'On-prem / self-hosted option',
    text: 'Some of our clients are air-gapped; we need to run Pied Piper on our own cluster.',
  },
  { title: 'Go SDK with streaming support', text: 'A streaming Go SDK so our services compress on the fly.' },
  { title: 'Native Snowflake connector', text: 'Compress and load straight into Snowflake without staging files.' },
  { title: 'Mobile app to monitor jobs', text: 'On-call engineers want to check failed jobs from their phones.' },
  { title: 'Dark mode for the dashboard', text: 'Half the team works at night; the dashboard is blinding.' },
  { title: 'HIPAA BAA', text: 'We cannot store patient imaging without a signed BAA.' },
  { title: 'Per-team cost allocation report', text: 'Break down storage savings and seats by team for chargeback.' },
  { title: 'Slack alerts for failed jobs', text: 'Post failed compression jobs to a Slack channel.' },
  { title: 'Brotli compatibility mode', text: 'Let legacy clients read compressed objects as Brotli.' },
  { title: 'Multi-region failover', text: 'Automatic failover to a second region if the primary is down.' },
  { title: 'APAC region (Singapore)', text: 'Latency from Singapore is too high; please add an APAC region.' },
  { title: 'Usage-based pricing tier', text: 'Occasional users should not cost a full seat.' },
];
