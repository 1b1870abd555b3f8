import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor.js';
import { canManageCareRequest, careRequestVisibility, type CareRequestAccessFacts } from './access.js';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'me',
  profession: 'infirmier',
  organisationId: null,
  isAdmin: false,
  supervises: { organisationIds: [], networkIds: [] },
  ...overrides,
});

const facts: CareRequestAccessFacts = {
  requesterId: 'requester',
  organisationId: 'org',
  requesterNetworkIds: ['cpts'],
  performerId: null,
  usualProfessionalIds: [],
  offers: [],
};

describe('care request access', () => {
  it('gives the full request to the requester, their organisation and its supervisors', () => {
    expect(careRequestVisibility(actor({ userId: 'requester' }), facts)).toBe('full');
    expect(careRequestVisibility(actor({ organisationId: 'org' }), facts)).toBe('full');
    expect(careRequestVisibility(actor({ supervises: { organisationIds: ['org'], networkIds: [] } }), facts)).toBe('full');
    expect(careRequestVisibility(actor({ supervises: { organisationIds: [], networkIds: ['cpts'] } }), facts)).toBe('full');
  });

  it('gives the full request to the performer, the usual professionals and a usual-phase offer', () => {
    expect(careRequestVisibility(actor(), { ...facts, performerId: 'me' })).toBe('full');
    expect(careRequestVisibility(actor(), { ...facts, usualProfessionalIds: ['me'] })).toBe('full');
    expect(careRequestVisibility(actor(), { ...facts, offers: [{ userId: 'me', phase: 'usual' }] })).toBe('full');
  });

  it('anonymises the request for the other offered professionals', () => {
    expect(careRequestVisibility(actor(), { ...facts, offers: [{ userId: 'me', phase: 'open' }, { userId: 'other', phase: 'usual' }] })).toBe('anonymised');
  });

  it('shows nothing to anyone else, administrators included', () => {
    expect(careRequestVisibility(actor({ isAdmin: true }), facts)).toBeNull();
    expect(careRequestVisibility(actor({ organisationId: 'other-org', supervises: { organisationIds: ['x'], networkIds: ['y'] } }), facts)).toBeNull();
    expect(careRequestVisibility(actor(), { ...facts, organisationId: null })).toBeNull();
  });

  it('lets only the requester side manage the request', () => {
    expect(canManageCareRequest(actor({ userId: 'requester' }), facts)).toBe(true);
    expect(canManageCareRequest(actor(), { ...facts, performerId: 'me' })).toBe(false);
    expect(canManageCareRequest(actor(), { ...facts, offers: [{ userId: 'me', phase: 'usual' }] })).toBe(false);
  });
});
