-- 0016: what this database offers beyond Lekbanken's contract. The console calls
-- dicedesk_capabilities() when it connects and hides what is absent; a Lekbanken database has
-- no such function, which the console reads as "no extras". A feature is listed only while
-- the routine or table behind it exists, so the list cannot claim more than the schema has.

CREATE FUNCTION public.dicedesk_capabilities()
RETURNS jsonb
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog
AS $$
    SELECT jsonb_build_object(
        'schema', 'dicedesk',
        'version', public.dicedesk_schema_version(),
        'features', coalesce((SELECT jsonb_agg(f.feature ORDER BY f.ord)
                                FROM (VALUES
                                      (1, 'personal_logins', NULL, 'public.dicedesk_login_users'),
                                      (2, 'audit_chain', 'public.verify_tenant_audit_chain(uuid)', NULL),
                                      (3, 'system_audit_log', 'public.verify_system_audit_chain()', NULL),
                                      (4, 'reversals', 'public.reverse_coin_transaction_v1(uuid,text,text,uuid)', NULL),
                                      (5, 'award_reversals', 'public.reverse_admin_award_v1(uuid,text,text,uuid)', NULL),
                                      (6, 'award_entry', 'public.dicedesk_award_v1(uuid,uuid[],text,integer,text,text,uuid)', NULL),
                                      (7, 'award_requests_cancel', 'public.dicedesk_cancel_award_request_v1(uuid,text,uuid)', NULL),
                                      (8, 'award_requests_expiry', 'public.expire_award_requests_v1()', NULL),
                                      (9, 'award_settings', 'public.dicedesk_set_award_settings_v1(uuid,integer,integer)', NULL),
                                      (10, 'achievement_versions', 'public.dicedesk_save_achievement_v1(jsonb,text,integer)', NULL),
                                      (11, 'achievement_bulk_status', 'public.dicedesk_set_achievement_status_v1(uuid[],text,text)', NULL),
                                      (12, 'achievement_holder_count', 'public.dicedesk_achievement_holder_count_v1(uuid)', NULL),
                                      (13, 'award_builder_export', 'public.dicedesk_export_achievements_v1(uuid,uuid[])', NULL),
                                      (14, 'award_builder_import', 'public.dicedesk_import_achievements_v1(jsonb,text,boolean)', NULL),
                                      (15, 'event_ingestion', 'public.ingest_gamification_event_v1(uuid,uuid,text,text,text,jsonb,timestamptz,text,text,text,text,text,numeric,text)', NULL),
                                      (16, 'event_ingestion_batch', 'public.ingest_gamification_events_v1(jsonb)', NULL),
                                      (17, 'daily_summaries', 'public.refresh_gamification_daily_summaries_v1(uuid,integer)', NULL),
                                      (18, 'analytics_v5', 'public.admin_get_gamification_analytics_v5(uuid,integer)', NULL))
                                     AS f (ord, feature, routine, relation)
                               WHERE (f.routine IS NULL OR to_regprocedure(f.routine) IS NOT NULL)
                                 AND (f.relation IS NULL OR to_regclass(f.relation) IS NOT NULL)), '[]'::jsonb))
$$;

CALL public.dicedesk_revoke_public_execute();
GRANT EXECUTE ON FUNCTION public.dicedesk_capabilities() TO authenticated, service_role;
