import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Secrets the app makes for itself at install time (the key that signs unsubscribe links). */
@Entity('app_secrets')
export class AppSecretEntity {
  @PrimaryColumn({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  value: string;
}
