using System;
using Microsoft.ML;
using Microsoft.ML.Runtime;

namespace AiFactory.Training
{
    /// <summary>
    /// Forwards what ML.NET reports while it fits (its informational and warning channel messages, not its traces) to
    /// the build log at normal importance: seen with <c>-v:n</c> under the console logger, <c>-v:d</c> under the terminal
    /// logger, and always in a binary log (docs/terminal.md). Capped, so a chatty trainer cannot flood the log.
    /// </summary>
    internal static class MLNetLogForwarding
    {
        /// <summary>Most ML.NET messages one stage forwards.</summary>
        public const int MaxMessages = 200;

        /// <summary>Subscribes <paramref name="detail"/> to <paramref name="ml"/>'s log.</summary>
        public static void Forward(MLContext ml, Action<string> detail)
        {
            ArgumentNullException.ThrowIfNull(ml);
            ArgumentNullException.ThrowIfNull(detail);

            int forwarded = 0;
            object gate = new object();
            ml.Log += (_, e) =>
            {
                if (e.Kind != ChannelMessageKind.Info && e.Kind != ChannelMessageKind.Warning)
                {
                    return;
                }

                lock (gate)
                {
                    forwarded++;
                    if (forwarded <= MaxMessages)
                    {
                        detail($"ML.NET {e.Source}: {e.RawMessage}");
                    }
                    else if (forwarded == MaxMessages + 1)
                    {
                        detail($"ML.NET: further messages of this stage are not forwarded (more than {MaxMessages})");
                    }
                }
            };
        }
    }
}
