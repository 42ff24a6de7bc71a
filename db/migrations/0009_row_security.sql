-- 0009: row-level security, forced on every table, and table grants.
-- The console filters explicitly by tenant; these policies are the safety net.
-- Helpers are wrapped in (SELECT ...) so they run once per statement, not once per row.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY[
        'tenants', 'users', 'user_tenant_memberships', 'dicedesk_login_users',
        'coin_transactions', 'user_coins', 'xp_transactions', 'user_progress',
        'gamification_level_definitions', 'gamification_events', 'gamification_settings',
        'gamification_admin_awards', 'gamification_admin_award_recipients',
        'gamification_admin_award_requests', 'gamification_admin_award_request_recipients',
        'achievements', 'achievement_translations', 'achievement_versions', 'user_achievements',
        'tenant_audit_logs']
    LOOP
        EXECUTE format('ALTER TABLE public.%I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('ALTER TABLE public.%I FORCE ROW LEVEL SECURITY', t);
        EXECUTE format('REVOKE ALL ON public.%I FROM PUBLIC, anon', t);
        EXECUTE format('GRANT ALL ON public.%I TO service_role', t);
        EXECUTE format('GRANT SELECT ON public.%I TO authenticated', t);
    END LOOP;
END
$$;

-- Identity ------------------------------------------------------------------------------
CREATE POLICY tenants_read ON public.tenants FOR SELECT TO authenticated
    USING (id = ANY ((SELECT public.get_user_tenant_ids())::uuid[]));

CREATE POLICY users_read ON public.users FOR SELECT TO authenticated
    USING (id = (SELECT auth.uid())
           OR (SELECT public.is_system_admin())
           OR EXISTS (SELECT 1 FROM public.user_tenant_memberships m
                       WHERE m.user_id = users.id
                         AND m.tenant_id = ANY ((SELECT public.get_user_staff_tenant_ids())::uuid[])));

CREATE POLICY memberships_read ON public.user_tenant_memberships FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid())
           OR tenant_id = ANY ((SELECT public.get_user_staff_tenant_ids())::uuid[]));

CREATE POLICY login_users_read ON public.dicedesk_login_users FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (SELECT public.is_system_admin()));

-- Personal progression: own rows, the tenant's admins, system admins ---------------------
CREATE POLICY coin_transactions_read ON public.coin_transactions FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY user_coins_read ON public.user_coins FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY xp_transactions_read ON public.xp_transactions FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY user_progress_read ON public.user_progress FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY user_achievements_read ON public.user_achievements FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY gamification_events_read ON public.gamification_events FOR SELECT TO authenticated
    USING (actor_user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));

-- Configuration everyone in scope may read ---------------------------------------------
CREATE POLICY level_definitions_read ON public.gamification_level_definitions FOR SELECT TO authenticated
    USING (tenant_id IS NULL OR tenant_id = ANY ((SELECT public.get_user_tenant_ids())::uuid[]));
CREATE POLICY settings_read ON public.gamification_settings FOR SELECT TO authenticated
    USING (tenant_id IS NULL OR tenant_id = ANY ((SELECT public.get_user_tenant_ids())::uuid[]));
CREATE POLICY achievements_read ON public.achievements FOR SELECT TO authenticated
    USING (scope = 'global' OR tenant_id = ANY ((SELECT public.get_user_tenant_ids())::uuid[]));
CREATE POLICY achievement_translations_read ON public.achievement_translations FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM public.achievements a WHERE a.id = achievement_id));
CREATE POLICY achievement_versions_read ON public.achievement_versions FOR SELECT TO authenticated
    USING (EXISTS (SELECT 1 FROM public.achievements a WHERE a.id = achievement_id
                     AND (a.tenant_id IS NULL AND (SELECT public.is_system_admin())
                          OR public.has_tenant_role(a.tenant_id,
                                 ARRAY['owner', 'admin', 'editor']::public.tenant_role_enum[]))));

-- Admin work: tenant admins of the tenant and system admins -----------------------------
CREATE POLICY admin_awards_read ON public.gamification_admin_awards FOR SELECT TO authenticated
    USING ((tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY admin_award_recipients_read ON public.gamification_admin_award_recipients FOR SELECT TO authenticated
    USING (user_id = (SELECT auth.uid()) OR (tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY award_requests_read ON public.gamification_admin_award_requests FOR SELECT TO authenticated
    USING ((tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY award_request_recipients_read ON public.gamification_admin_award_request_recipients FOR SELECT TO authenticated
    USING ((tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));
CREATE POLICY audit_read ON public.tenant_audit_logs FOR SELECT TO authenticated
    USING ((tenant_id = ANY ((SELECT public.get_user_admin_tenant_ids())::uuid[]) OR (SELECT public.is_system_admin())));

-- service_role bypasses RLS (BYPASSRLS); its writes still meet the append-only triggers.

-- Definer helpers: pinned search_path (above) and no EXECUTE for PUBLIC or anon.
DO $$
DECLARE
    f record;
BEGIN
    FOR f IN
        SELECT p.oid::regprocedure AS sig, p.prokind, p.prorettype = 'trigger'::regtype AS is_trigger
          FROM pg_proc p
         WHERE p.pronamespace IN ('public'::regnamespace, 'auth'::regnamespace)
           AND p.prokind IN ('f', 'p')
    LOOP
        EXECUTE format('REVOKE ALL ON ROUTINE %s FROM PUBLIC, anon', f.sig);
        IF f.prokind = 'f' AND NOT f.is_trigger THEN
            EXECUTE format('GRANT EXECUTE ON ROUTINE %s TO authenticated, service_role', f.sig);
        END IF;
    END LOOP;
END
$$;
-- Functions the migrating role creates from now on are not executable by PUBLIC (only the
-- global form can take away PUBLIC's default; a per-schema REVOKE cannot).
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
