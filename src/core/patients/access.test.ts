import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { canSeePatient } from './access.js';

const actor = (userId: string, organisationId: string | null, isAdmin = false): Actor => ({
  userId,
  organisationId,
  isAdmin,
  profession: 'infirmier',
  supervises: { organisationIds: [], networkIds: [] },
});

const patient = { createdBy: 'creator', organisationId: 'org-a', creatorOrganisationId: 'org-b', followerIds: ['follower'] };

describe('canSeePatient', () => {
  it('lets the creator and followers see the patient', () => {
    expect(canSeePatient(actor('creator', null), patient)).toBe(true);
    expect(canSeePatient(actor('follower', 'org-z'), patient)).toBe(true);
  });
  it('lets members of the patient organisation or of the creator organisation see it', () => {
    expect(canSeePatient(actor('colleague', 'org-a'), patient)).toBe(true);
    expect(canSeePatient(actor('new-colleague', 'org-b'), patient)).toBe(true);
  });
  it('refuses anyone else, administrators included', () => {
    expect(canSeePatient(actor('outsider', 'org-z'), patient)).toBe(false);
    expect(canSeePatient(actor('outsider', null), patient)).toBe(false);
    expect(canSeePatient(actor('admin', 'org-z', true), patient)).toBe(false);
    expect(canSeePatient(actor('someone', null), { createdBy: null, organisationId: null, creatorOrganisationId: null, followerIds: [] })).toBe(false);
  });
});
