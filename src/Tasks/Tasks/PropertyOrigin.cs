using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using AiFactory.Manifest.Diagnostics;
using Microsoft.Build.Framework;

namespace AiFactory.Build.Tasks
{
    /// <summary>
    /// Where an MSBuild property got the value a build runs with, as far as a task can tell: a global property (the
    /// command line), an element in one of the project's own files (the project file, Directory.Build.props or
    /// .targets), or an environment variable. MSBuild does not say; this looks in the places a user writes it.
    /// </summary>
    internal sealed class PropertyOrigin
    {
        private PropertyOrigin(string where, SourceLocation? location)
        {
            Where = where;
            Location = location;
        }

        /// <summary>For messages: "set on the command line", "set here", ….</summary>
        public string Where { get; }

        /// <summary>The element that sets it, or null when it is not set in a file.</summary>
        public SourceLocation? Location { get; }

        /// <summary>
        /// Finds where <paramref name="property"/> was set to something other than <paramref name="defaultValue"/>:
        /// a global property first (it wins over every file), then the last of <paramref name="files"/> (in the order
        /// MSBuild reads them) with an element of that name and another value, then the environment.
        /// </summary>
        public static PropertyOrigin Find(string property, string defaultValue, IBuildEngine? engine, IEnumerable<string> files,
            Func<string, string?> environment)
        {
            if (engine is IBuildEngine6 withGlobals && withGlobals.GetGlobalProperties().Keys.Any(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase)))
            {
                return new PropertyOrigin("set on the command line", null);
            }

            SourceLocation? found = null;
            foreach (string file in files.Where(f => !string.IsNullOrWhiteSpace(f)).Select(f => Path.GetFullPath(f.Trim())).Distinct())
            {
                found = LastElement(file, property, defaultValue) ?? found;
            }

            if (found != null)
            {
                return new PropertyOrigin("set here", found);
            }

            return environment(property) != null
                ? new PropertyOrigin($"set by the environment variable {property}", null)
                : new PropertyOrigin("set in a file the project imports", null);
        }

        private static SourceLocation? LastElement(string file, string property, string defaultValue)
        {
            if (!File.Exists(file))
            {
                return null;
            }

            try
            {
                XDocument document = XDocument.Load(file, LoadOptions.SetLineInfo);
                XElement? last = document.Descendants()
                    .Where(e => string.Equals(e.Name.LocalName, property, StringComparison.OrdinalIgnoreCase))
                    .LastOrDefault(e => !string.Equals(e.Value.Trim(), defaultValue, StringComparison.OrdinalIgnoreCase));
                if (last == null)
                {
                    return null;
                }

                var info = (IXmlLineInfo)last;
                // XmlReader reports the column of the name; the element starts one character before, at '<'.
                return new SourceLocation(file, info.LineNumber, Math.Max(1, info.LinePosition - 1));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is XmlException)
            {
                return null;
            }
        }
    }
}
