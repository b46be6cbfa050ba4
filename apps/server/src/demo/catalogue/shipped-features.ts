import type { DemoShippedFeature } from '../demo-rows';

/** Pied Piper's release notes, as GitHub releases, an RSS changelog and manual entries. */
export type ShippedSpec = {
  provider: DemoShippedFeature['provider'];
  title: string;
  description: string;
  slug: string;
  daysAgo: number;
  version?: string;
};

export const shippedSpecs: readonly ShippedSpec[] = [
  {
    provider: 'github',
    title: 'Middle-out compression v2',
    slug: 'middle-out-v2',
    daysAgo: 12,
    version: 'v2.0.0',
    description: 'A rewritten middle-out engine: 18% better ratios on mixed workloads and 2x faster decompression.',
  },
  {
    provider: 'rss',
    title: 'SAML SSO',
    slug: 'saml-sso',
    daysAgo: 34,
    description: 'Single sign-on with any SAML 2.0 identity provider, including Okta, Azure AD and Google Workspace.',
  },
  {
    provider: 'rss',
    title: 'Bulk CSV export',
    slug: 'bulk-csv-export',
    daysAgo: 51,
    description: 'Export compression job history and usage of any size to CSV, streamed in the background.',
  },
  {
    provider: 'manual',
    title: 'EU data residency',
    slug: 'eu-data-residency',
    daysAgo: 77,
    description: 'Keep data, backups and processing in eu-central (Frankfurt) for workspaces that need it.',
  },
  {
    provider: 'github',
    title: 'Raised API rate limits (2,000 req/min)',
    slug: 'api-rate-limits',
    daysAgo: 23,
    version: 'v1.19.0',
    description:
      'Default API limit raised from 600 to 2,000 requests per minute, per key rather than per organisation.',
  },
  {
    provider: 'rss',
    title: 'SCIM user provisioning',
    slug: 'scim-provisioning',
    daysAgo: 18,
    description: 'Provision and deprovision users automatically from Okta and Azure AD with SCIM 2.0.',
  },
  {
    provider: 'github',
    title: 'Webhooks for compression jobs',
    slug: 'job-webhooks',
    daysAgo: 95,
    version: 'v1.16.0',
    description: 'Signed webhooks when a compression or decompression job starts, finishes or fails.',
  },
  {
    provider: 'rss',
    title: 'Audit log API',
    slug: 'audit-log-api',
    daysAgo: 63,
    description: 'Every admin action, key creation and export is now available through the audit log API.',
  },
  {
    provider: 'github',
    title: 'Parquet export',
    slug: 'parquet-export',
    daysAgo: 41,
    version: 'v1.18.0',
    description: 'Exports can now be written as Parquet files directly to S3 or GCS.',
  },
  {
    provider: 'manual',
    title: 'Role-based access control',
    slug: 'rbac',
    daysAgo: 120,
    description: 'Custom roles with granular permissions for billing, keys, buckets and exports.',
  },
  {
    provider: 'github',
    title: 'Streaming compression SDK for Go',
    slug: 'go-streaming-sdk',
    daysAgo: 88,
    version: 'go/v0.9.0',
    description: 'Compress and decompress streams on the fly from Go services, with back-pressure.',
  },
  {
    provider: 'rss',
    title: 'Video compression presets (4K)',
    slug: 'video-presets',
    daysAgo: 7,
    description: 'Tuned middle-out presets for 1080p and 4K video footage.',
  },
  {
    provider: 'github',
    title: 'Terraform provider',
    slug: 'terraform-provider',
    daysAgo: 150,
    version: 'terraform/v1.0.0',
    description: 'Manage buckets, keys and compression profiles as code.',
  },
  {
    provider: 'manual',
    title: 'Self-hosted deployment (beta)',
    slug: 'self-hosted-beta',
    daysAgo: 29,
    description: 'Run Pied Piper inside your own Kubernetes cluster, including air-gapped environments.',
  },
  {
    provider: 'rss',
    title: 'Cold-storage tiering',
    slug: 'cold-storage-tiering',
    daysAgo: 168,
    description: 'Automatically move compressed objects older than 90 days to cheaper cold storage.',
  },
];
