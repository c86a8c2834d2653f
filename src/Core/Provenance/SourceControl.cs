using System;
using System.ComponentModel;
using System.Diagnostics;
using System.IO;

namespace AiFactory.Core.Provenance
{
    /// <summary>
    /// What git says about the checkout a build ran in: the commit checked out and whether the working tree differs from
    /// it. Asked of the <c>git</c> on PATH; outside a repository, or without git, both are unknown (null).
    /// </summary>
    internal sealed class SourceControl
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

        /// <summary>A checkout as git described it.</summary>
        public SourceControl(string? commit, bool? dirty)
        {
            Commit = commit;
            Dirty = dirty;
        }

        /// <summary>The full commit id of HEAD, or null outside git, before the first commit or without git.</summary>
        public string? Commit { get; }

        /// <summary>True when a tracked file differs from HEAD or an untracked, not ignored file exists; null when unknown.</summary>
        public bool? Dirty { get; }

        /// <summary>Not in a repository, or git could not tell.</summary>
        public static SourceControl Unknown { get; } = new SourceControl(null, null);

        /// <summary>Asks git about the repository at <paramref name="repositoryRoot"/> (a folder holding <c>.git</c>).</summary>
        public static SourceControl Describe(string repositoryRoot)
        {
            if (string.IsNullOrEmpty(repositoryRoot))
            {
                return Unknown;
            }

            string git = Path.Combine(repositoryRoot, ".git");
            if (!Directory.Exists(git) && !File.Exists(git))
            {
                return Unknown;
            }

            string? head = Git(repositoryRoot, "rev-parse --verify HEAD");
            string? status = head is null ? null : Git(repositoryRoot, "status --porcelain");
            return new SourceControl(head?.Trim(), status is null ? (bool?)null : status.Trim().Length > 0);
        }

        /// <summary>The output of <c>git -C root arguments</c>, or null when git is missing, fails or takes too long.</summary>
        private static string? Git(string root, string arguments)
        {
            var start = new ProcessStartInfo("git", "-C \"" + root + "\" " + arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                CreateNoWindow = true,
            };
            try
            {
                using Process process = Process.Start(start)!;
                var error = process.StandardError.ReadToEndAsync();
                var output = process.StandardOutput.ReadToEndAsync();
                if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
                {
                    process.Kill();
                    return null;
                }

                process.WaitForExit();
                return process.ExitCode == 0 ? output.Result : null;
            }
            catch (Win32Exception)
            {
                // No git on PATH.
                return null;
            }
            catch (InvalidOperationException)
            {
                return null;
            }
        }
    }
}
