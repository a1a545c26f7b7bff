namespace MicroPython.Compiler;

/// <summary>
/// Name resolution rules of py/scope.c, py/emitcommon.c and scope_compute_things in py/compile.c. The code
/// generator calls these while it walks a scope in the scope pass; <see cref="ComputeSlots"/> then numbers the
/// slots once every scope has been walked.
/// </summary>
internal static class ScopeAnalyzer
{
    /// <summary>A name is read: it is implicitly global unless it is (or later becomes) bound somewhere.</summary>
    public static void NoteLoad(Scope scope, string name)
    {
        scope.FindOrAdd(name, IdKind.GlobalImplicit);
    }

    /// <summary>A name is stored or deleted: a local in function-like scopes, a class-dict name in class bodies.</summary>
    public static IdInfo NoteModification(Scope scope, string name)
    {
        IdInfo id = scope.FindOrAdd(name, IdKind.GlobalImplicit);
        if (id.Kind == IdKind.GlobalImplicit)
        {
            if (scope.IsFunctionLike)
            {
                id.Kind = IdKind.Local;
            }
            else if (scope.Kind == ScopeKind.Class)
            {
                id.Kind = IdKind.GlobalImplicitWasClassLocal;
            }
        }

        return id;
    }

    /// <summary>
    /// After a scope's pass: an implicitly global name that an enclosing function binds becomes free here (and a
    /// cell there). The search stops at the first enclosing scope that knows the name at all.
    /// </summary>
    public static void CheckToCloseOver(Scope scope, IdInfo id)
    {
        if (scope.Parent == null)
        {
            return;
        }

        for (Scope? s = scope.Parent; s != null && s.Parent != null; s = s.Parent)
        {
            IdInfo? id2 = s.Find(id.Name);
            if (id2 != null)
            {
                if (id2.Kind == IdKind.Local || id2.Kind == IdKind.Cell || id2.Kind == IdKind.Free)
                {
                    id.Kind = IdKind.Free;
                    CloseOverInParents(scope, id.Name);
                }

                return;
            }
        }
    }

    /// <summary>Marks <paramref name="name"/> free in every scope between this one and the one that binds it.</summary>
    private static void CloseOverInParents(Scope scope, string name)
    {
        for (Scope? s = scope.Parent; s != null && s.Parent != null; s = s.Parent)
        {
            IdInfo id = s.FindOrAdd(name, IdKind.Undecided);
            if (id.Kind == IdKind.Undecided)
            {
                // Not known here: pass it through as a free variable and keep looking outwards.
                id.Kind = IdKind.Free;
            }
            else
            {
                if (id.Kind == IdKind.Local)
                {
                    id.Kind = IdKind.Cell;
                }

                return;
            }
        }
    }

    /// <summary>py/compile.c compile_declare_global; returns an error text or null.</summary>
    public static string? DeclareGlobal(Scope scope, IdInfo id)
    {
        if (id.Kind != IdKind.Undecided && id.Kind != IdKind.GlobalExplicit)
        {
            return "identifier redefined as global";
        }

        id.Kind = IdKind.GlobalExplicit;

        // Module-level uses of the name become STORE_GLOBAL/LOAD_GLOBAL too, as in MicroPython.
        IdInfo? moduleId = scope.Root.Find(id.Name);
        if (moduleId != null)
        {
            moduleId.Kind = IdKind.GlobalExplicit;
        }

        return null;
    }

    /// <summary>py/compile.c compile_declare_nonlocal; returns an error text or null.</summary>
    public static string? DeclareNonlocal(Scope scope, IdInfo id)
    {
        if (id.Kind == IdKind.Undecided)
        {
            id.Kind = IdKind.GlobalImplicit;
            CheckToCloseOver(scope, id);
            if (id.Kind == IdKind.GlobalImplicit)
            {
                return "no binding for nonlocal found";
            }
        }
        else if (id.Kind != IdKind.Free)
        {
            return "identifier redefined as nonlocal";
        }

        return null;
    }

    /// <summary>
    /// Numbers the slots (py/compile.c scope_compute_things): the <c>*args</c> swap, implicit globals of functions
    /// made explicit, parameters and locals in order of appearance, then cells, then free variables moved in front
    /// in the order the parent lists them.
    /// </summary>
    public static void ComputeSlots(Scope scope)
    {
        var ids = scope.Ids;

        // MicroPython puts *args after the keyword-only parameters: swap it with the last plain parameter.
        if ((scope.ScopeFlags & Bytecode.ScopeFlags.VarArgs) != 0)
        {
            int paramIndex = -1;
            for (int i = ids.Count - 1; i >= 0; i--)
            {
                IdInfo id = ids[i];
                if ((id.Flags & IdFlags.IsStarParam) != 0)
                {
                    if (paramIndex >= 0)
                    {
                        ids[i] = ids[paramIndex];
                        ids[paramIndex] = id;
                    }

                    break;
                }

                if (paramIndex < 0 && id.Flags == IdFlags.IsParam)
                {
                    paramIndex = i;
                }
            }
        }

        int numLocals = 0;
        for (int i = 0; i < ids.Count; i++)
        {
            IdInfo id = ids[i];
            if (scope.Kind == ScopeKind.Class && id.Name == "__class__")
            {
                // Not a local of the class body; it takes a slot only if a method captures it (then it is a cell).
                continue;
            }

            if (scope.IsFunctionLike && id.Kind == IdKind.GlobalImplicit)
            {
                id.Kind = IdKind.GlobalExplicit;
            }

            // Parameters keep their slot even when captured.
            if (id.Kind == IdKind.Local || id.IsParam)
            {
                id.LocalNum = numLocals++;
            }
        }

        // Cells come right after the plain locals.
        for (int i = 0; i < ids.Count; i++)
        {
            IdInfo id = ids[i];
            if (id.Kind == IdKind.Cell && !id.IsParam)
            {
                id.LocalNum = numLocals++;
            }
        }

        // Free variables go first, in the order the parent scope lists them.
        if (scope.Parent != null && HasFreeVariables(scope))
        {
            int numFree = 0;
            foreach (IdInfo parentId in scope.Parent.Ids)
            {
                if (parentId.Kind != IdKind.Cell && parentId.Kind != IdKind.Free)
                {
                    continue;
                }

                IdInfo? id = scope.Find(parentId.Name);
                if (id != null && id.Kind == IdKind.Free)
                {
                    id.LocalNum = numFree++;
                }
            }

            if (numFree > 0)
            {
                foreach (IdInfo id in ids)
                {
                    if (id.Kind != IdKind.Free || id.IsParam)
                    {
                        id.LocalNum += numFree;
                    }
                }

                scope.NumPosArgs += numFree;
                numLocals += numFree;
            }
        }

        scope.NumLocals = numLocals;
    }

    /// <summary>True when the scope closes over any variable (most do not, which spares a walk of the parent).</summary>
    public static bool HasFreeVariables(Scope scope)
    {
        foreach (IdInfo id in scope.Ids)
        {
            if (id.Kind == IdKind.Free)
            {
                return true;
            }
        }

        return false;
    }
}
