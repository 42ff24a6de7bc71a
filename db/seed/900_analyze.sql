-- 900: vacuum and analyze the seeded tables so that the visibility map is set (index-only scans
-- work straight away) and the planner has statistics. Runs outside a transaction; this file
-- holds exactly ONE statement, so it also works when the whole file is sent as a single
-- multi-statement string (VACUUM refuses to run inside such an implicit transaction block).
VACUUM (ANALYZE)
    public.tenants, public.users, public.user_tenant_memberships, public.dicedesk_login_users,
    public.gamification_settings, public.gamification_events, public.coin_transactions,
    public.user_coins, public.xp_transactions, public.user_progress, public.achievements,
    public.achievement_translations, public.achievement_versions, public.user_achievements,
    public.gamification_admin_awards, public.gamification_admin_award_recipients,
    public.gamification_admin_award_requests, public.gamification_admin_award_request_recipients,
    public.tenant_audit_logs;
