namespace AiFactory.Manifest.Model
{
    /// <summary>What a policy's <c>build</c> section lets a build of a governed model do (tightest last).</summary>
    internal enum BuildPermission
    {
        /// <summary><c>"allowed"</c>: everywhere.</summary>
        Allowed,

        /// <summary><c>"localOnly"</c>: everywhere except in CI.</summary>
        LocalOnly,

        /// <summary><c>"never"</c>: nowhere.</summary>
        Never,
    }
}
