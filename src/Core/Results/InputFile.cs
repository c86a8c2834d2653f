namespace AiFactory.Core.Results
{
    /// <summary>One file the results were computed from, as results.json's <c>inputs</c> records it for a reviewer.</summary>
    internal sealed class InputFile
    {
        /// <summary>A file in its role, as results.json writes it, with its hash.</summary>
        public InputFile(string role, string file, string sha256)
        {
            Role = role;
            File = file;
            Sha256 = sha256;
        }

        /// <summary>What the file is: <c>manifest</c>, <c>trainData</c>, <c>testData</c>, <c>baseline</c>, <c>policy</c> or <c>waivers</c>.</summary>
        public string Role { get; }

        /// <summary>The file relative to the manifest's folder ('/' separators; <c>../</c> steps within the repository).</summary>
        public string File { get; }

        /// <summary>SHA-256 of the file's bytes, lower-case hex.</summary>
        public string Sha256 { get; }
    }
}
