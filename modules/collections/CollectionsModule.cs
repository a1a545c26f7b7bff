using MicroPython.Objects;
using MicroPython.Sdk.Modules;

namespace MicroPython.Modules.Collections;

/// <summary>
/// The <c>collections</c> module (MicroPython's modcollections.c): <c>namedtuple</c> always, <c>deque</c> with
/// <c>MICROPY_PY_COLLECTIONS_DEQUE</c> and <c>OrderedDict</c> with <c>MICROPY_PY_COLLECTIONS_ORDEREDDICT</c>.
/// The option values are read once, when the module is built for an interpreter.
/// </summary>
public static class CollectionsModule
{
    /// <summary>The module's definition: name, enabling option and contents.</summary>
    public static readonly ModuleDefinition Definition = ModuleDefinition.Create("collections", "MICROPY_PY_COLLECTIONS", m =>
    {
        var config = m.Context.Config;
        bool orderedDict = ModuleInstaller.IsEnabled(config, "MICROPY_PY_COLLECTIONS_ORDEREDDICT");
        var options = new NamedTupleOptions(
            ModuleInstaller.IsEnabled(config, "MICROPY_PY_COLLECTIONS_NAMEDTUPLE__ASDICT"),
            orderedDict ? OrderedDictType.PyType : DictObject.PyType);
        m.Function("namedtuple", 2, 2, args => NamedTupleType.Create(args[0], args[1], options));
        if (ModuleInstaller.IsEnabled(config, "MICROPY_PY_COLLECTIONS_DEQUE"))
        {
            var features = DequeFeatures.None;
            if (ModuleInstaller.IsEnabled(config, "MICROPY_PY_COLLECTIONS_DEQUE_ITER"))
            {
                features |= DequeFeatures.Iteration;
            }

            if (ModuleInstaller.IsEnabled(config, "MICROPY_PY_COLLECTIONS_DEQUE_SUBSCR"))
            {
                features |= DequeFeatures.Subscript;
            }

            m.Class(DequeObject.TypeFor(features));
        }

        if (orderedDict)
        {
            m.Class(OrderedDictType.PyType);
        }
    });
}
