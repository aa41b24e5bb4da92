import type { AvailabilityScope, DowntimePolicy } from '../availability/types.js';

/**
 * NICE Cloud Services Excusable Downtime (NiCE Cloud Services Terms of Use and Delivery Policy, §7.2): all eight categories are excusable,
 * routine maintenance only "during the Maintenance Windows", emergency maintenance anywhere.
 * NCS's Table B-1 (the windows themselves) is not in the published text: pass your contract's
 * windows as a maintenance schedule. NCS says nothing about partial minutes or rounding, so the
 * defaults apply (exact, not rounded).
 *
 * @example
 * ```ts
 * import { niceCloudDowntimePolicy } from 'slakit/presets';
 *
 * niceCloudDowntimePolicy.excusable.includes('emergency-maintenance'); //=> true
 * niceCloudDowntimePolicy.maintenanceWindowsOnly; //=> true
 * ```
 */
export const niceCloudDowntimePolicy: DowntimePolicy = {
  excusable: [
    // "routine maintenance services performed during the Maintenance Windows, set forth in Table B-1 above"
    'scheduled-maintenance',
    // "unscheduled emergency maintenance services performed to avoid harm to NiCE, Customer, Content, or the Cloud Services, generally"
    'emergency-maintenance',
    // "any time spent by NiCE in its performance of any additional Services requested or agreed to by Customer"
    'customer-requested-service',
    // "outages or disruptions attributable to Customer or its third-party technology or service providers,
    //  including use of the Cloud Services in a manner not expressly authorized in the Agreement"
    'customer-caused',
    // "suspension or termination of Customer’s right to access and use the Cloud Services in accordance with the Agreement"
    'suspension',
    // "factors outside of NiCE’s reasonable control, including Force Majeure Events, internet access or related problems, or Content"
    'force-majeure',
    // "outages or disruptions caused by: (i) software, infrastructure, databases, technology, operator error or equipment not controlled by NICE"
    'third-party',
    // "or (ii) configuration changes not made by NICE"
    'configuration-not-by-vendor',
    // "Network Connectivity issues"
    'network-connectivity',
  ],
  // "routine maintenance services performed during the Maintenance Windows": outside them it is not excused.
  maintenanceWindowsOnly: true,
  // §7.1: "24 hours per day x 60 minutes per hour x 30 days (or 43,200 minutes)": x counts days, not elapsed minutes.
  monthMinutes: 'days',
};

/**
 * Uniphore SLA Exclusions (Uniphore Support SLAs, "SLA Exclusions"): scheduled maintenance only inside the maintenance window;
 * emergency maintenance "will be counted as unscheduled downtime", with a best-effort notice
 * ("Customer will be notified immediately": no minimum, so it changes nothing in the count);
 * exclusion "(iii) Program backup" as its own cause, `'program-backup'`, which applies only where
 * the services are deployed on-premises or hosted outside Uniphore's Cloud. UNI names no exclusion for time
 * spent on services the customer requested, so `'customer-requested-service'` counts as
 * unscheduled. UNI says nothing about partial minutes or rounding: the defaults apply.
 *
 * @example
 * ```ts
 * import { uniphoreDowntimePolicy } from 'slakit/presets';
 *
 * uniphoreDowntimePolicy.excusable.includes('emergency-maintenance'); //=> false
 * uniphoreDowntimePolicy.maintenanceWindowsOnly; //=> true
 * uniphoreDowntimePolicy.excusable.includes('program-backup'); //=> true
 * uniphoreDowntimePolicy.conditions; //=> [{ cause: 'emergency-maintenance', notice: 'best-effort' }]
 * ```
 */
export const uniphoreDowntimePolicy: DowntimePolicy = {
  excusable: [
    // "The following shall not be considered within the definition or calculation of Downtime and shall be
    //  deemed SLA Exclusions: (i) Scheduled Maintenance"
    'scheduled-maintenance',
    // "(ii) Program unavailability that is attributable to: (a) causes beyond Uniphore’ reasonable control, such as a force major event"
    'force-majeure',
    // "(a) … or the performance of any third party hosting provider"; "(d) Customer’s or any third party’s equipment or software"
    'third-party',
    // "(a) … communications or internet service provider"
    'network-connectivity',
    // "(b) Customer’s failure to perform any obligation under the Uniphore Agreement that affects the performance of
    //  the Program; (c) any actions or omissions of the Customer or any third party acting on its behalf"
    'customer-caused',
    // "(c) any actions or omissions of the Customer or any third party acting on its behalf"; "(a) … Customer’s services
    //  upgrades and updates provided by any third party": a configuration change Uniphore did not make is one of these
    'configuration-not-by-vendor',
    // "(iv) Program unavailability caused by the suspension and termination of Customer’s right to use the Program in
    //  accordance with the Agreement"
    'suspension',
    // "(iii) Program backup in instances where the Uniphore services are deployed fully or partially
    //  on-premises and/or hosted outside of Uniphore’s Cloud": record a backup so only for such a deployment
    'program-backup',
  ],
  // "Non-Scheduled/Emergency Maintenance May be performed outside the maintenance window and will be counted
  //  as unscheduled downtime. Customer will be notified immediately.": a notice with no minimum, which
  //  changes nothing in the count (emergency maintenance is unscheduled whatever the notice).
  conditions: [{ cause: 'emergency-maintenance', notice: 'best-effort' }],
  // "Routine, scheduled maintenance will be performed inside the maintenance window";
  // "Non-Scheduled/Emergency Maintenance May be performed outside the maintenance window and will be counted as unscheduled downtime."
  maintenanceWindowsOnly: true,
};

/**
 * The scope of NiCE Cloud Services availability (NiCE Cloud Services Terms §7.1): the Service
 * Level Agreement covers "one (1) Production environment" ("“Availability” means the Cloud
 * Service in Production is available"), so incidents in other environments (test, staging, trial)
 * are out of scope. Pass it as `measureAvailability`'s `appliesTo`: every incident then needs an
 * `environment`, and one without is refused rather than guessed.
 *
 * @example
 * ```ts
 * import { niceCloudAvailabilityScope } from 'slakit/presets';
 * import { measureAvailability } from 'slakit/availability';
 *
 * const report = measureAvailability({
 *   month: '2026-06',
 *   incidents: [
 *     { id: 'P-1', start: '2026-06-03T10:00:00Z', end: '2026-06-03T11:00:00Z', cause: 'unplanned', environment: 'production' },
 *     { id: 'S-1', start: '2026-06-04T10:00:00Z', end: '2026-06-04T16:00:00Z', cause: 'unplanned', environment: 'staging' },
 *   ],
 *   policy: { excusable: [], maintenanceWindowsOnly: false },
 *   appliesTo: niceCloudAvailabilityScope,
 * });
 * report.unscheduledMinutes; //=> 60
 * report.outOfScope?.map((o) => o.incidentId); //=> ['S-1']
 * ```
 */
export const niceCloudAvailabilityScope: AvailabilityScope = {
  // "*24X7/365 days for one (1) Production environment and excluding beta, proof-of-concept,
  //  evaluation, trial or non- Production testing Cloud Services"
  environment: ['production'],
};
