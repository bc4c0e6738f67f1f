import type { ReportedRule } from './types';

export const linkUnverifiable: ReportedRule = {
  id: 'link-unverifiable',
  title: 'Link cannot be verified',
  description: 'A link (for example a Service selector) matches nothing that could be read, but a document nearby does not parse, runs two objects together or is a Helm template, so it might complete the link. The link is unknown rather than broken. Other rules report this in their stead.',
  remediation: 'Fix the unreadable document, or render the Helm chart (`helm template`) and check the output.',
  severity: 'information',
  category: 'links',
  kinds: ['*'],
  scope: 'reported',
};
