namespace PerfInfra.Engine.Http;

/// <summary>
/// Reads the auth secret once at run start from the environment or a file. The value goes only into
/// the request headers: errors name the variable or file, never the value.
/// </summary>
public static class AuthHeaderResolver
{
    /// <summary>Returns the header to send, or throws <see cref="InvalidOperationException"/> saying what is missing.</summary>
    public static KeyValuePair<string, string> Resolve(AuthHeaderSource source, Func<string, string?> environment)
    {
        string? secret;
        if (source.FromEnvironment is { } variable)
        {
            secret = environment(variable);
            if (string.IsNullOrEmpty(secret))
            {
                throw new InvalidOperationException($"target.auth.from_env: environment variable {variable} is not set or empty");
            }
        }
        else if (source.FromFile is { } file)
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"target.auth.from_file: file {file} does not exist");
            }

            secret = File.ReadAllText(file).Trim();
            if (secret.Length == 0)
            {
                throw new InvalidOperationException($"target.auth.from_file: file {file} is empty");
            }
        }
        else
        {
            throw new InvalidOperationException("target.auth: set from_env or from_file");
        }

        if (secret.AsSpan().ContainsAny('\r', '\n'))
        {
            // A newline would split the header and inject another one into every request.
            throw new InvalidOperationException($"target.auth: the secret from {source.FromEnvironment ?? source.FromFile} contains a line break");
        }

        return new(source.HeaderName, source.Prefix + secret);
    }
}
