using System.Collections.Generic;
using AiFactory.Manifest.Gates;

namespace AiFactory.Manifest.Reading
{
    /// <summary>
    /// Where each key of the format lives, so that a key written at the wrong level ("threshold" inside data) is told
    /// where it belongs instead of only being called unknown.
    /// </summary>
    internal static class KeyHomes
    {
        private static readonly Dictionary<string, string> Homes = Build();

        /// <summary>The one level where the key is valid, or null when it is valid nowhere or at several levels.</summary>
        public static string? HomeOf(string key) => Homes.TryGetValue(key, out string? home) ? home : null;

        private static Dictionary<string, string> Build()
        {
            var homes = new Dictionary<string, string>();
            var ambiguous = new HashSet<string>();

            void Add(IEnumerable<string> keys, string home)
            {
                foreach (string key in keys)
                {
                    if (homes.ContainsKey(key))
                    {
                        ambiguous.Add(key);
                    }
                    else
                    {
                        homes[key] = home;
                    }
                }
            }

            Add(ManifestKeys.Root, "the top level");
            Add(ManifestKeys.Model, "model");
            Add(ManifestKeys.Card, "model.card");
            Add(ManifestKeys.Data, "data");
            Add(ManifestKeys.Gates, "gates");
            foreach (IGateSection kind in GateSections.All)
            {
                kind.AddKeyHomes(Add);
            }

            foreach (string key in ambiguous)
            {
                homes.Remove(key);
            }

            return homes;
        }
    }
}
