// Integration tests need real services; fail loudly instead of silently skipping.
export default function requireServices(): void {
  const missing = ['DATABASE_URL', 'REDIS_URL'].filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(
      `Integration tests need ${missing.join(' and ')}. Start the local services with: eval "$(scripts/services.sh start)"`,
    );
  }
}
