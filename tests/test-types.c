/* test-types.c: the shared enums are GTypes whose nicks are the file names
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "myo-core-types.h"
#include "myo-routine.h"

typedef const char * (*ToString)   (int         value);
typedef gboolean     (*FromString) (const char *str,
                                    int        *value);

/* Every value survives a round trip through its file name, which is its
 * GEnum nick; unknown names are refused */
static void
check_enum (GType       type,
            ToString    to_string,
            FromString  from_string,
            guint       n_values)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  g_assert_true (G_TYPE_IS_ENUM (type));
  g_assert_cmpuint (klass->n_values, ==, n_values);

  for (guint i = 0; i < klass->n_values; i++)
    {
      const GEnumValue *value = &klass->values[i];
      int back = -1;

      g_assert_cmpstr (to_string (value->value), ==, value->value_nick);
      g_assert_true (from_string (value->value_nick, &back));
      g_assert_cmpint (back, ==, value->value);
    }

  g_assert_false (from_string ("no-such-name", &(int) { 0 }));
  g_assert_false (from_string (NULL, &(int) { 0 }));
}

static void
test_nicks (void)
{
  int kind = -1;

  check_enum (MYO_TYPE_SIDE, (ToString) myo_side_to_string, (FromString) myo_side_from_string, 2);
  check_enum (MYO_TYPE_STEP_KIND, (ToString) myo_step_kind_to_string,
              (FromString) myo_step_kind_from_string, 3);
  check_enum (MYO_TYPE_QUALITY, (ToString) myo_quality_to_string,
              (FromString) myo_quality_from_string, 7);
  check_enum (MYO_TYPE_ANSWER, (ToString) myo_answer_to_string,
              (FromString) myo_answer_from_string, 4);
  check_enum (MYO_TYPE_URGENCY, (ToString) myo_urgency_to_string,
              (FromString) myo_urgency_from_string, 3);

  /* The names files have always used */
  g_assert_cmpstr (myo_side_to_string (MYO_SIDE_RIGHT), ==, "right");
  g_assert_cmpstr (myo_zone_kind_to_string (MYO_ZONE_SPILLOVER), ==, "spillover");
  g_assert_cmpstr (myo_quality_to_string (MYO_QUALITY_NONE), ==, "");
  g_assert_cmpstr (myo_answer_to_string (MYO_ANSWER_NOT_SURE), ==, "not-sure");
  g_assert_cmpstr (myo_urgency_to_string (MYO_URGENCY_ASK_BEFORE_PRESSING), ==, "ask-before-pressing");
  g_assert_true (myo_step_kind_from_string ("stretch", (MyoStepKind *) &kind));
  g_assert_cmpint (kind, ==, MYO_STEP_STRETCH);
  g_assert_false (myo_side_from_string ("", (MyoSide *) &kind));
  g_assert_cmpint (myo_side_other (MYO_SIDE_LEFT), ==, MYO_SIDE_RIGHT);
}

/* A property of an enum type takes the enum's values and no other */
static void
test_param_spec (void)
{
  g_autoptr(GParamSpec) pspec = g_param_spec_enum ("side", NULL, NULL, MYO_TYPE_SIDE, MYO_SIDE_LEFT,
                                                   G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  GValue value = G_VALUE_INIT;

  g_param_spec_ref_sink (pspec);
  g_value_init (&value, MYO_TYPE_SIDE);
  g_value_set_enum (&value, 7);
  g_assert_true (g_param_value_validate (pspec, &value));
  g_assert_cmpint (g_value_get_enum (&value), ==, MYO_SIDE_LEFT);
  g_value_unset (&value);
}

/* A routine's state is a property of an enum type, so what follows it
 * (the countdown, the panel) binds to a typed value, not to a number */
static void
test_routine_state (void)
{
  g_autoptr(GTypeClass) routine_class = g_type_class_ref (MYO_TYPE_ROUTINE);
  g_autoptr(GEnumClass) state_class = g_type_class_ref (MYO_TYPE_ROUTINE_STATE);
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_CLASS (routine_class), "state");

  g_assert_nonnull (pspec);
  g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
  g_assert_true (pspec->value_type == MYO_TYPE_ROUTINE_STATE);
  g_assert_cmpuint (state_class->n_values, ==, 6);
  g_assert_cmpstr (g_enum_get_value (state_class, MYO_ROUTINE_STEP_DONE)->value_nick, ==, "step-done");
  g_assert_cmpint (G_PARAM_SPEC_ENUM (pspec)->default_value, ==, MYO_ROUTINE_IDLE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/myo/types/nicks", test_nicks);
  g_test_add_func ("/myo/types/param-spec", test_param_spec);
  g_test_add_func ("/myo/types/routine-state", test_routine_state);

  return g_test_run ();
}
