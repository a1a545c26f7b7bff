using System.Runtime.CompilerServices;

namespace MicroPython.Runtime;

/// <summary>
/// Depth accounting for native code that recurses over Python objects (printing nested containers, comparing
/// or hashing them, encoding JSON): each level counts as a call against <see cref="PyRuntime.MaxRecursionDepth"/>,
/// as MicroPython's stack check does for its C recursion, so a structure nested 100 000 deep raises
/// <c>RuntimeError: maximum recursion depth exceeded</c> at the configured depth rather than running until the
/// .NET stack gives out. Use as <c>var rt = NativeRecursion.Enter(); try { … } finally { NativeRecursion.Exit(rt); }</c>.
/// </summary>
public static class NativeRecursion
{
    /// <summary>Counts one level; raises the recursion error past the limit or when the .NET stack is low.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyRuntime? Enter()
    {
        var runtime = PyRuntime.CurrentOrNull;
        if (runtime != null && ++runtime.CallDepth > runtime.MaxRecursionDepth)
        {
            runtime.CallDepth--;
            throw Errors.RecursionDepth();
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Exit(runtime);
            throw Errors.RecursionDepth();
        }

        return runtime;
    }

    /// <summary>Leaves a level entered with <see cref="Enter"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Exit(PyRuntime? runtime)
    {
        if (runtime != null)
        {
            runtime.CallDepth--;
        }
    }
}
