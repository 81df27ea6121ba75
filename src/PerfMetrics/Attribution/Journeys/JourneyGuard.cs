using PerfMetrics.Internal;

namespace PerfMetrics.Attribution;

/// <summary>Checks shared by the journey inputs.</summary>
internal static class JourneyGuard
{
    /// <summary>Returns <paramref name="userId"/> when it names a user (not null, empty or white space).</summary>
    internal static string UserId(string userId, string paramName)
    {
        Guard.NotNull(userId, paramName);
        if (string.IsNullOrWhiteSpace(userId))
        {
            Guard.ThrowArgument(paramName, $"{paramName} must name a user (not empty or white space), was {Guard.Format(userId)}.");
        }

        return userId;
    }
}
