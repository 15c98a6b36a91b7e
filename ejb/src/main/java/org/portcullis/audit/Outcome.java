package org.portcullis.audit;

/** Whether the audited action succeeded. */
public enum Outcome {
  SUCCESS,
  FAILURE
}
