namespace Caravan.Storage.Postgres;

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason shown, when CARAVAN_TEST_PG is unset.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!SkipWithoutEnvironmentAttribute.IsSet(PostgresDatabase.Variable))
            Skip = $"{PostgresDatabase.Variable} is not set: no PostgreSQL server to test against (.ci/start-postgres starts one)";
    }
}
