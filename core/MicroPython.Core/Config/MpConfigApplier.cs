using System.Collections.Generic;
using MicroPython.Compiler;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Config;

/// <summary>
/// The one place where a configuration reaches a runtime: copies each option into the runtime field that the VM,
/// objects and modules read (they never consult the configuration themselves), and removes the builtins, modules
/// and <c>sys</c> attributes whose flags are 0. Call once, after the runtime is created and every module
/// (kernel and plug-in) is registered, before any Python code runs.
/// </summary>
public static class MpConfigApplier
{
    /// <summary>Applies <paramref name="config"/> to <paramref name="runtime"/>.</summary>
    public static void Apply(MpConfig config, PyRuntime runtime)
    {
        runtime.Config = config;
        runtime.ErrorReporting = (ErrorReportingLevel)config.GetEnum(MpOptionCatalog.ErrorReporting, (int)ErrorReportingLevel.Detailed);
        runtime.LongIntImpl = (LongIntImplementation)config.GetEnum(MpOptionCatalog.LongIntImpl, (int)LongIntImplementation.Mpz);
        runtime.FloatImpl = (FloatImplementation)config.GetEnum(MpOptionCatalog.FloatImpl, (int)FloatImplementation.Double);
        runtime.CompilerEnabled = config.GetBool(MpOptionCatalog.EnableCompiler);
        runtime.HeapSizeBytes = config.GetInt(MpOptionCatalog.HeapSize, runtime.HeapSizeBytes);
        runtime.WordSizeBytes = (int)config.GetInt(MpOptionCatalog.BytesPerWord, runtime.WordSizeBytes);
        runtime.MaxRecursionDepth = (int)config.GetInt(MpOptionCatalog.MaxRecursionDepth, runtime.MaxRecursionDepth);
        runtime.OptimizationLevel = (int)config.GetInt(MpOptionCatalog.OptLevel, runtime.OptimizationLevel);
        runtime.SourceLinesInTracebacks = config.GetBool(MpOptionCatalog.SourceLine);
        runtime.CompilerFeatures = new CompileOptions
        {
            FStrings = config.GetBool(MpOptionCatalog.FStrings),
            AsyncAwait = config.GetBool(MpOptionCatalog.AsyncAwait),
            AssignmentExpressions = config.GetBool(MpOptionCatalog.AssignExpr),
        };

        var attributesOff = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var option in MpOptionCatalog.All)
        {
            if (option.Kind != MpOptionKind.Bool || config.GetBool(option.Name))
            {
                continue;
            }

            foreach (var name in option.Builtins)
            {
                runtime.Builtins.Remove(StrObject.Intern(name));
            }

            if (option.Module is { } module)
            {
                runtime.BuiltinModules.Remove(module);
                runtime.Modules.Remove(StrObject.Intern(module));
            }

            if (option.AttributesOf is { } owner)
            {
                if (!attributesOff.TryGetValue(owner, out var names))
                {
                    attributesOff[owner] = names = new List<string>();
                }

                names.AddRange(option.Attributes);
            }
        }

        // Without MICROPY_KBD_EXCEPTION, Ctrl-C is not turned into KeyboardInterrupt.
        if (!config.GetBool(MpOptionCatalog.KbdException))
        {
            runtime.InterruptChar = -1;
        }

        // __debug__ is fixed when the builtins are populated; it follows the configured optimisation level.
        runtime.Builtins.SetItem("__debug__", BoolObject.From(runtime.OptimizationLevel == 0));

        foreach (var (module, names) in attributesOff)
        {
            if (runtime.BuiltinModules.TryGetValue(module, out var make))
            {
                // Modules are created on first import; trim each as it is made.
                runtime.BuiltinModules[module] = rt =>
                {
                    var created = make(rt);
                    foreach (var name in names)
                    {
                        created.Globals.Remove(StrObject.Intern(name));
                    }

                    return created;
                };
            }
        }
    }
}
