namespace MicroPython.Sdk.Repl;

/// <summary>What a Tab completion did.</summary>
internal enum CompletionResult
{
    /// <summary>No candidate: nothing happens.</summary>
    None,

    /// <summary>Characters to insert (one candidate, or the longer prefix several share).</summary>
    Insert,

    /// <summary>Several candidates with nothing more to add: they were printed.</summary>
    Listed,
}
