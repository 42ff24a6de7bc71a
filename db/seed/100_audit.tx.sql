-- 100: the tenant audit log, one row per admin action, appended in time order per tenant so that
-- the hash chain (trigger tenant_audit_chain_link) follows time:
--   gamification.admin_award.coins / .xp / .achievement     every award (actor: the awarder)
--   gamification.admin_award_request.coins                  every request when it was made
--   gamification.admin_award_request.approved / .rejected   every decision (actor: the decider)
--   gamification.admin_award_request.cancelled              by the requester
--   gamification.admin_award_request.expired                no actor
--   gamification.settings.updated                           the tenant-2 threshold override
-- created_at is always given (the column default is clock_timestamp()); the trigger computes
-- chain_seq, prev_hash and row_hash. verify_tenant_audit_chain(tenant) returns no rows.

SELECT pg_temp.dd_require('dd_request');

INSERT INTO public.tenant_audit_logs (id, tenant_id, actor_user_id, event_type, payload, created_at)
SELECT pg_temp.dd_uuid('audit', x.kind || ':' || x.ref), x.tenant_id, x.actor, x.event_type,
       x.payload, x.created_at
  FROM (
    SELECT 'award' AS kind, a.id::text AS ref, a.tenant_id, a.actor_user_id AS actor,
           'gamification.admin_award.' || a.award_type AS event_type,
           jsonb_strip_nulls(jsonb_build_object(
               'awardId', a.id, 'awardType', a.award_type, 'amount', a.amount,
               'recipientCount', a.recipient_count, 'idempotencyKey', a.idempotency_key,
               'achievementId', a.achievement_id, 'requestId', a.request_id,
               'message', a.message)) AS payload,
           a.created_at, 2 AS ord
      FROM public.gamification_admin_awards a
     UNION ALL
    SELECT 'request', r.id::text, r.tenant_id, r.requester_user_id,
           'gamification.admin_award_request.' || r.award_type,
           jsonb_build_object('requestId', r.id, 'awardType', r.award_type, 'amount', r.amount,
                              'recipientCount', r.recipient_count,
                              'idempotencyKey', r.idempotency_key, 'status', 'pending',
                              'expiresAt', to_char(r.expires_at AT TIME ZONE 'UTC',
                                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
                              'message', r.message),
           r.created_at, 1
      FROM public.gamification_admin_award_requests r
     UNION ALL
    SELECT 'decision', r.id::text, r.tenant_id, r.decided_by_user_id,
           'gamification.admin_award_request.' || r.status,
           jsonb_strip_nulls(jsonb_build_object(
               'requestId', r.id, 'decision', r.status, 'amount', r.amount,
               'requesterUserId', r.requester_user_id, 'awardId', r.award_id,
               'awardedCount', CASE WHEN r.status = 'approved' THEN r.recipient_count ELSE 0 END,
               'reason', r.decision_reason)),
           r.decided_at, 3
      FROM public.gamification_admin_award_requests r
     WHERE r.status IN ('approved', 'rejected')
     UNION ALL
    SELECT 'cancel', r.id::text, r.tenant_id, r.requester_user_id,
           'gamification.admin_award_request.cancelled',
           jsonb_strip_nulls(jsonb_build_object('requestId', r.id, 'amount', r.amount,
                                                'reason', r.decision_reason)),
           r.updated_at, 3
      FROM public.gamification_admin_award_requests r
     WHERE r.status = 'cancelled'
     UNION ALL
    SELECT 'expire', r.id::text, r.tenant_id, NULL,
           'gamification.admin_award_request.expired',
           jsonb_build_object('requestId', r.id, 'amount', r.amount,
                              'expiredAt', to_char(r.expires_at AT TIME ZONE 'UTC',
                                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
           r.expires_at, 3
      FROM public.gamification_admin_award_requests r
     WHERE r.status = 'expired'
     UNION ALL
    SELECT 'settings', s.id::text, s.tenant_id, s.updated_by, 'gamification.settings.updated',
           jsonb_build_object('settingsId', s.id,
                              'awardApprovalThreshold', s.award_approval_threshold,
                              'awardRequestExpiryDays', s.award_request_expiry_days,
                              'previousAwardApprovalThreshold', 500),
           s.updated_at, 1
      FROM public.gamification_settings s
     WHERE s.tenant_id IS NOT NULL
  ) x
 ORDER BY x.tenant_id, x.created_at, x.ord, x.kind, x.ref;
