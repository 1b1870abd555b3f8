import { useNavigate } from 'react-router';
import { t } from '../../i18n.js';
import { newDeclenchementPath } from './labels.js';

/** The calendar icon "Déclenchement pour ce patient": the wizard for an existing patient (a plain button: one per row of long lists). */
export function TriggerForPatientButton({ patientId, patientName }: { patientId: string; patientName: string }) {
  const navigate = useNavigate();
  return (
    <button
      type="button"
      className="fiche-icon-button"
      aria-label={t('ui.declenchement.forPatient')}
      title={`${t('ui.declenchement.forPatient')} : ${patientName}`}
      onClick={() => void navigate(newDeclenchementPath(patientId))}
    >
      <svg aria-hidden="true" focusable="false" width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <rect x="3" y="5" width="18" height="16" rx="2" />
        <path d="M16 3v4M8 3v4M3 10h18M12 13v5M9.5 15.5h5" />
      </svg>
    </button>
  );
}
